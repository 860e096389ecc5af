package dev.callbench.media.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offer's SDP munged as connect-rtc-js' {@code transformSdp} munges it before setting it locally and sending it:
 * in every media section each Opus rtpmap gets a fresh fmtp line right after it, with DTX off ({@code usedtx=0}: a
 * contact center records and mixes a steady stream), replacing the original one; then {@code a=ptime:20} and
 * {@code a=maxptime:20} go at the end of the SDP (so into the last media section), and the first
 * {@code minptime=10} becomes {@code minptime=20}.
 */
public final class OfferSdp {

    private static final Pattern OPUS_RTPMAP = Pattern.compile("^a=rtpmap:(\\d+) opus/", Pattern.CASE_INSENSITIVE);
    private static final Pattern FMTP = Pattern.compile("^a=fmtp:(\\d+) ");
    private static final String CRLF = "\r\n";

    private OfferSdp() {
    }

    public static String munge(String sdp) {
        List<String> lines = List.of(sdp.split("\r?\n"));
        List<String> out = new ArrayList<>(lines.size() + 4);
        int sectionStart = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).startsWith("m=")) {
                mungeSection(lines.subList(sectionStart, i), out);
                sectionStart = i;
            }
        }
        String munged = String.join(CRLF, out) + CRLF + "a=ptime:20" + CRLF + "a=maxptime:20" + CRLF;
        return munged.replaceFirst("minptime=10", "minptime=20");
    }

    private static void mungeSection(List<String> section, List<String> out) {
        Set<String> opus = new HashSet<>();
        for (String line : section) {
            Matcher rtpmap = OPUS_RTPMAP.matcher(line);
            if (rtpmap.find()) {
                opus.add(rtpmap.group(1));
            }
        }
        for (String line : section) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher fmtp = FMTP.matcher(line);
            if (fmtp.find() && opus.contains(fmtp.group(1))) {
                continue;
            }
            out.add(line);
            Matcher rtpmap = OPUS_RTPMAP.matcher(line);
            if (rtpmap.find()) {
                out.add("a=fmtp:" + rtpmap.group(1) + " minptime=10;useinbandfec=1;usedtx=0");
            }
        }
    }
}
