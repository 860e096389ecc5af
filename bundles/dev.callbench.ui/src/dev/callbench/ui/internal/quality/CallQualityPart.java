package dev.callbench.ui.internal.quality;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import dev.callbench.api.CallQuality;
import dev.callbench.api.RtpStreamStats;
import dev.callbench.api.SessionFailure;
import dev.callbench.api.SessionReport;
import dev.callbench.api.SessionTimings;
import dev.callbench.api.service.Softphone;
import dev.callbench.ui.internal.Messages;
import dev.callbench.ui.internal.parts.Tables;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Call quality tab: the softphone call's jitter, packet loss, round trip and audio levels (the caller's and the
 * agent's) charted second by second as the softphone measures them, and the report of the last session with the
 * time each stage took, under connect-rtc-js's field names.
 */
public class CallQualityPart {

    /** The part's id in the application model. */
    public static final String ID = "dev.callbench.ui.part.callQuality";

    private static final int MARGIN = 16;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Inject
    QualityHistory history;

    private volatile Softphone softphone;
    private ScrolledComposite scroller;
    private Composite content;
    private Label nowLabel;
    private List<QualityChart> charts;
    private Label reportLabel;
    private Table report;
    private SessionReport reportShown;
    private Runnable stopWatching = () -> { };

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new FillLayout());
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        content = new Composite(scroller, SWT.NONE);
        scroller.setContent(content);
        GridLayout layout = new GridLayout(2, true);
        layout.marginWidth = MARGIN;
        layout.marginHeight = MARGIN;
        layout.horizontalSpacing = 12;
        layout.verticalSpacing = 8;
        content.setLayout(layout);
        nowLabel = wideLabel();
        charts = List.of(
                new QualityChart(content, Messages.Quality_jitter, Messages.Quality_millis, 20,
                        List.of(new QualityChart.Line(Messages.Quality_jitter, SWT.COLOR_DARK_BLUE,
                                CallQuality::jitterMillis))),
                new QualityChart(content, Messages.Quality_packetLoss, Messages.Quality_percent, 5,
                        List.of(new QualityChart.Line(Messages.Quality_packetLoss, SWT.COLOR_DARK_RED,
                                q -> q.packetLoss() * 100))),
                new QualityChart(content, Messages.Quality_roundTrip, Messages.Quality_millis, 50,
                        List.of(new QualityChart.Line(Messages.Quality_roundTrip, SWT.COLOR_DARK_MAGENTA,
                                CallQuality::roundTripMillis))),
                new QualityChart(content, Messages.Quality_levels, Messages.Quality_percent, 10,
                        List.of(new QualityChart.Line(Messages.Quality_callerLevel, SWT.COLOR_DARK_GREEN,
                                q -> q.callerLevel() * 100),
                                new QualityChart.Line(Messages.Quality_agentLevel, SWT.COLOR_DARK_CYAN,
                                        q -> q.agentLevel() * 100))));
        reportLabel = wideLabel();
        report = Tables.of(content, SWT.NONE, Tables.Column.left(Messages.Quality_reportWhat, 220),
                Tables.Column.left(Messages.Quality_reportValue, 150),
                Tables.Column.left(Messages.Quality_reportField, 190));
        report.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        scroller.addListener(SWT.Resize, e -> relayout());
        showReport(null);
        stopWatching = history.watch(this::refresh);
        refresh();
    }

    private Label wideLabel() {
        Label label = new Label(content, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.widthHint = 1;
        label.setLayoutData(data);
        return label;
    }

    /** The softphone, when it is installed: it has the last report from before this tab was first shown. */
    @Inject
    void setSoftphone(@org.eclipse.e4.core.di.annotations.Optional @Service Softphone phone) {
        this.softphone = phone;
    }

    private void refresh() {
        if (content.isDisposed()) {
            return;
        }
        List<CallQuality> samples = history.samples();
        nowLabel.setText(samples.isEmpty() ? Messages.Quality_none : now(samples.get(samples.size() - 1)));
        charts.forEach(chart -> chart.show(samples));
        Optional<SessionReport> last = history.lastReport().or(this::softphoneReport);
        if (!last.equals(Optional.ofNullable(reportShown))) {
            reportShown = last.orElse(null);
            showReport(reportShown);
        }
        relayout();
    }

    /** Lays the tab out for its width; it scrolls when the charts and the report need more room than it has. */
    private void relayout() {
        int width = scroller.getClientArea().width;
        if (width > 0) {
            scroller.setMinSize(content.computeSize(width, SWT.DEFAULT));
        }
        content.layout(true, true);
    }

    private Optional<SessionReport> softphoneReport() {
        Softphone phone = softphone;
        return phone == null ? Optional.empty() : phone.lastReport();
    }

    private static String now(CallQuality quality) {
        return NLS.bind(Messages.Quality_now, new Object[] { quality.contactId(), TIME.format(quality.at()),
            figure(quality.jitterMillis(), "%.0f"), figure(quality.packetLoss() * 100, "%.1f"),
            figure(quality.roundTripMillis(), "%.0f"), figure(quality.meanOpinionScore(), "%.1f") });
    }

    private static String figure(double value, String format) {
        return Double.isNaN(value) ? Messages.Quality_notMeasured : String.format(format, value);
    }

    private void showReport(SessionReport shown) {
        report.removeAll();
        ((GridData) report.getLayoutData()).exclude = shown == null;
        report.setVisible(shown != null);
        if (shown == null) {
            reportLabel.setText(Messages.Quality_noReport);
            return;
        }
        reportLabel.setText(NLS.bind(Messages.Quality_report, shown.contactId()));
        row(Messages.Quality_started, TIME.format(shown.sessionStart()), "sessionStartTime");
        row(Messages.Quality_ended, shown.sessionEnd() == null ? Messages.Quality_notReached
                : TIME.format(shown.sessionEnd()), "sessionEndTime");
        SessionTimings t = shown.timings();
        row(Messages.Quality_gum, millis(t.gum()), "gumTimeMillis");
        row(Messages.Quality_initialization, millis(t.initialization()), "initializationTimeMillis");
        row(Messages.Quality_iceCollection, millis(t.iceCollection()), "iceCollectionTimeMillis");
        row(Messages.Quality_signallingConnect, millis(t.signallingConnect()), "signallingConnectTimeMillis");
        row(Messages.Quality_handshaking, millis(t.handshaking()), "handshakingTimeMillis");
        row(Messages.Quality_preTalking, millis(t.preTalking()), "preTalkingTimeMillis");
        row(Messages.Quality_talking, millis(t.talking()), "talkingTimeMillis");
        row(Messages.Quality_cleanup, millis(t.cleanup()), "cleanupTimeMillis");
        row(Messages.Quality_firstRtp, millis(t.firstRtp()), "firstRTPTimeMillis");
        row(Messages.Quality_failure, shown.failed().map(Enum::name).orElse(Messages.Quality_noFailure),
                shown.failed().map(CallQualityPart::failureField).orElse(""));
        row(Messages.Quality_iceLost, Integer.toString(shown.iceConnectionsLost()), "iceConnectionsLost");
        row(Messages.Quality_iceFailed, shown.iceConnectionsFailed() ? Messages.Quality_yes : Messages.Quality_no,
                "iceConnectionsFailed");
        for (RtpStreamStats stream : shown.streams()) {
            row(NLS.bind(Messages.Quality_stream, stream.streamType()), NLS.bind(Messages.Quality_streamFigures,
                    new Object[] { stream.packetsCount(), stream.packetsLost(),
                        stream.jitterBufferMillis() == null ? Messages.Quality_notMeasured : stream.jitterBufferMillis(),
                        stream.roundTripMillis() == null ? Messages.Quality_notMeasured : stream.roundTripMillis() }),
                    "streamStats");
        }
    }

    private void row(String what, String value, String field) {
        new TableItem(report, SWT.NONE).setText(new String[] { what, value, field });
    }

    /** connect-rtc-js's flag for the stage: GUM_TIMEOUT is gumTimeoutFailure, INVALID_REMOTE_SDP invalidRemoteSDPFailure. */
    static String failureField(SessionFailure failure) {
        StringBuilder field = new StringBuilder();
        for (String word : failure.name().split("_")) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            field.append(field.isEmpty() ? lower : word.equals("SDP") ? word
                    : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return field.append("Failure").toString();
    }

    private static String millis(Duration duration) {
        return duration == null ? Messages.Quality_notReached : NLS.bind(Messages.Quality_ms, duration.toMillis());
    }

    @PreDestroy
    void stop() {
        stopWatching.run();
    }
}
