package dev.callbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

import dev.callbench.api.AgentConfiguration;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.tests.support.LocalContactCenterExtension;
import dev.callbench.tests.support.MonitorCapture;
import dev.callbench.tests.support.OsgiServices;
import dev.callbench.tests.support.PulseAudioServer;
import dev.callbench.tests.support.Wait;

/**
 * The agent's Settings in the real workbench: opened with its key binding, they choose a contact center of their own
 * (a second local contact center that this test runs, with an agent the workbench's own does not know) with a login
 * and a password, save with a real click, and are signed in there; the password is in no file of the workspace,
 * the configuration area or the user area in clear text (secure storage holds it encrypted); choosing the local
 * contact center again brings the workbench's own back, with its agent signed in. The audio devices are those of a
 * PulseAudio server of the test's own (null sinks, a source that records one of them), which the workbench's media
 * engine and ringer reach through {@code PULSE_SERVER} (set for this test runtime in the pom): the lists show them,
 * the speaker's and the ringer's test sounds are heard on the chosen sinks, and the choice is kept.
 */
class SettingsUiTest {

    private static final String PANEL = "dev.callbench.ui.part.controlPanel";
    private static final String LOGIN = "fox";
    private static final String PASSWORD = "pw-fox-7Qz!trust-no-1";
    private static final Duration SOON = Duration.ofSeconds(15);

    @RegisterExtension
    static final LocalContactCenterExtension CENTER = new LocalContactCenterExtension("""
            {
              "host": "127.0.0.1", "port": 0,
              "turn": {"enabled": false},
              "agentStates": [{"name": "Available", "type": "routable"}, {"name": "Offline", "type": "offline"}],
              "queues": [{"name": "Support"}],
              "routingProfiles": [{"name": "Support", "queues": ["Support"], "defaultOutboundQueue": "Support"}],
              "agents": [{"login": "fox", "password": "pw-fox-7Qz!trust-no-1", "name": "Fox Mulder",
                          "routingProfile": "Support"}]
            }
            """);

    private static final double TEST_TONE_HZ = 440; // the media engine's
    private static final double[] VOICE_RING_HZ = { 440, 480 };

    private static WorkbenchDriver workbench;
    private static PulseAudioServer pulse;
    private static MonitorCapture headset;
    private static MonitorCapture deskRinger;

    @BeforeAll
    static void waitForTheWorkbenchsOwnSignIn() throws Exception {
        // the other UI tests' calls rely on the headless engine: this class's sound server must never become their
        // devices, whichever class runs first (audio=auto would choose devices if the engine started while it ran)
        configure("dev.callbench.softphone", "audio", "headless");
        pulse = PulseAudioServer.start(Path.of(System.getProperty("callbench.pulse")), List.of(
                PulseAudioServer.nullSink("agent_speaker", "Agent_Speaker", 2),
                PulseAudioServer.nullSink("agent_headset", "Agent_Headset", 2),
                PulseAudioServer.nullSink("desk_ringer", "Desk_Ringer", 2),
                PulseAudioServer.nullSink("room", "Room", 1),
                PulseAudioServer.remappedMonitor("agent_mic", "Agent_Mic", "room"),
                "set-default-sink agent_speaker"),
                List.of("agent_speaker", "agent_headset", "desk_ringer", "room"), List.of("agent_mic"));
        headset = MonitorCapture.of(pulse, "agent_headset");
        deskRinger = MonitorCapture.of(pulse, "desk_ringer");
        workbench = WorkbenchDriver.attach(PANEL);
        Wait.until("the workbench's own local contact center has signed its agent in",
                () -> signedIn().isPresent() && LaunchedContactCenter.process().isPresent(), Duration.ofSeconds(90));
    }

    @AfterAll
    static void closeAnySettingsLeftOpen() throws Exception {
        workbench.ui(() -> {
            settingsShell().ifPresent(Shell::close);
            return null;
        });
        for (AutoCloseable child : new AutoCloseable[] { headset, deskRinger, pulse }) {
            if (child != null) {
                child.close();
            }
        }
    }

    @Test
    void withoutAPasswordProviderEquinoxSecureStorageRefusesToEncrypt() throws Exception {
        Path probe = area("osgi.instance.area").resolve("probe/secure_storage");
        ISecurePreferences storage = SecurePreferencesFactory.open(probe.toUri().toURL(),
                Map.of(IProviderHints.PROMPT_USER, false));
        StorageException refused = assertThrows(StorageException.class,
                () -> storage.node("probe").put("password", PASSWORD, true));
        assertEquals(StorageException.NO_SECURE_MODULE, refused.getErrorCode(), refused.toString()); // "No secure storage modules found."
    }

    /**
     * One story, since each step starts where the one before ends: another contact center saved signs Fox in there,
     * the password is then in no file in clear text, and choosing the local contact center again brings it back.
     */
    @Test
    void anotherContactCenterIsSavedWithThePasswordInNoFileAndTheLocalOneComesBackWhenChosen() throws Exception {
        savingAnotherContactCenterSignsTheAgentInThere();
        thePasswordIsInNoFileInClearTextAndSecureStorageHoldsItEncrypted();
        choosingTheLocalContactCenterAgainSignsTheWorkbenchsOwnAgentIn();
    }

    private static void savingAnotherContactCenterSignsTheAgentInThere() throws Exception {
        openSettings();
        assertTrue(ui(() -> radio("The local contact center").getSelection()), "the local contact center is the default");
        choose("Another contact center");
        Wait.until("the fields are enabled", () -> ui(() -> field(0).isEnabled()), SOON);

        type(0, "cti.example.com/api");
        type(1, LOGIN);
        type(2, PASSWORD);
        workbench.clickOn(() -> button("Save"), "Save");
        Wait.until("the dialog says what is wrong with the URL", () -> dialogLabels().stream()
                .anyMatch(t -> t.startsWith("The contact center's URL must be a web address")), SOON,
                SettingsUiTest::dialogLabels);

        type(0, CENTER.baseUri() + "/api");
        workbench.screenshot("settings-another-contact-center");
        workbench.clickOn(() -> button("Save"), "Save");
        Wait.until("the dialog closes", () -> ui(() -> settingsShell().isEmpty()), SOON);
        Wait.until("Fox is signed in to the test's contact center", () -> signedIn().equals(Optional.of(LOGIN)), SOON,
                SettingsUiTest::signedIn);
        Wait.until("the panel shows Fox", () -> panelLabels().contains("Fox Mulder (fox)"), SOON,
                SettingsUiTest::panelLabels);
        Wait.until("the workbench's own local contact center has stopped",
                () -> LaunchedContactCenter.process().isEmpty(), SOON);
    }

    private static void thePasswordIsInNoFileInClearTextAndSecureStorageHoldsItEncrypted() throws IOException {
        Path storage = area("osgi.instance.area").resolve(".metadata/.plugins/dev.callbench.ui/secure_storage");
        assertTrue(Files.isRegularFile(storage), "no secure storage at " + storage);
        String stored = Files.readString(storage, StandardCharsets.ISO_8859_1);
        assertTrue(stored.contains("/dev.callbench/contact-center/password="), "no password entry in " + storage);

        List<Path> scanned = new ArrayList<>();
        for (String area : List.of("osgi.instance.area", "osgi.configuration.area", "osgi.user.area")) {
            try (Stream<Path> files = Files.walk(area(area))) {
                files.filter(Files::isRegularFile).forEach(scanned::add);
            }
        }
        assertTrue(scanned.contains(storage), "the scan includes secure storage");
        List<String> leaks = new ArrayList<>();
        byte[] clear = PASSWORD.getBytes(StandardCharsets.UTF_8);
        byte[] encoded = Base64.getEncoder().encode(clear);
        for (Path file : scanned) {
            byte[] content = Files.readAllBytes(file);
            if (contains(content, clear) || contains(content, encoded)) {
                leaks.add(file.toString());
            }
        }
        assertEquals(List.of(), leaks, "files holding the password, of " + scanned.size() + " scanned");
    }

    private static void choosingTheLocalContactCenterAgainSignsTheWorkbenchsOwnAgentIn() throws Exception {
        openSettings();
        assertEquals(List.of(CENTER.baseUri() + "/api", LOGIN, ""),
                ui(() -> List.of(field(0).getText(), field(1).getText(), field(2).getText())));
        assertEquals("Saved; type a new one to change it", ui(() -> field(2).getMessage()));
        workbench.screenshot("settings");
        choose("The local contact center");
        workbench.clickOn(() -> button("Save"), "Save");
        Wait.until("the dialog closes", () -> ui(() -> settingsShell().isEmpty()), SOON);
        Wait.until("the workbench's own local contact center runs again and signed its agent in",
                () -> LaunchedContactCenter.process().isPresent() && signedIn().filter(l -> !l.equals(LOGIN)).isPresent(),
                Duration.ofSeconds(60), SettingsUiTest::signedIn);
    }

    @Test
    void aDeskPhoneIsSavedWithTheContactCenterWhichRefusesANumberItCannotCallInWords() throws Exception {
        ContactCenter center = OsgiServices.await(ContactCenter.class);
        AgentConfiguration before = center.snapshot().orElseThrow().agent().configuration();
        assertTrue(before.softphoneEnabled(), "the local contact center's agents start on the softphone");
        openSettings();
        assertTrue(ui(() -> radio("Take calls on the softphone").getSelection()));
        choose("Take calls on the desk phone at");
        Wait.until("the number field is enabled", () -> ui(() -> field(3).isEnabled()), SOON);
        type(3, "555-0142");
        workbench.clickOn(() -> button("Save"), "Save");
        Wait.until("the dialog says why the contact center refused the number", () -> dialogLabels().stream()
                .anyMatch(t -> t.startsWith("The contact center cannot call that desk phone number.")), SOON,
                SettingsUiTest::dialogLabels);
        assertEquals(before, center.snapshot().orElseThrow().agent().configuration(), "nothing changed");
        workbench.screenshot("settings-phone-refused");

        type(3, "+15555550142");
        workbench.clickOn(() -> button("Save"), "Save");
        Wait.until("the dialog closes", () -> ui(() -> settingsShell().isEmpty()), SOON, SettingsUiTest::dialogLabels);
        AgentConfiguration deskPhone = center.snapshot().orElseThrow().agent().configuration();
        assertEquals(List.of(false, "+15555550142"), List.of(deskPhone.softphoneEnabled(), deskPhone.extension()));

        openSettings();
        assertTrue(ui(() -> radio("Take calls on the desk phone at").getSelection()), "shown as saved");
        assertEquals("+15555550142", ui(() -> field(3).getText()));
        choose("Take calls on the softphone");
        workbench.clickOn(() -> button("Save"), "Save");
        Wait.until("the dialog closes", () -> ui(() -> settingsShell().isEmpty()), SOON, SettingsUiTest::dialogLabels);
        Wait.until("the agent is back on the softphone", () -> center.snapshot().orElseThrow().agent()
                .configuration().softphoneEnabled(), SOON);
    }

    @Test
    void theDeviceListsShowPulseAudiosDevicesTheTestsSoundOnTheChosenOnesAndTheChoiceIsKept() throws Exception {
        openSettings();
        Wait.until("the devices are listed", () -> items(0).contains("Agent_Mic")
                && items(1).containsAll(List.of("Agent_Speaker", "Agent_Headset")) && items(2).contains("Desk_Ringer"),
                Duration.ofSeconds(30), () -> List.of(items(0), items(1), items(2)) + " " + dialogLabels());
        assertEquals(List.of("The system's default", "The system's default", "The system's default"),
                ui(() -> List.of(combo(0).getText(), combo(1).getText(), combo(2).getText())));

        select(1, "Agent_Headset");
        long before = headset.positionAt(System.nanoTime());
        workbench.clickOn(() -> testButton(0), "the speaker's Test");
        headset.awaitTones(before, SOON, TEST_TONE_HZ);
        awaitTestDone(0);

        select(2, "Desk_Ringer");
        before = deskRinger.positionAt(System.nanoTime());
        workbench.clickOn(() -> testButton(1), "the ringer's Test");
        deskRinger.awaitTones(before, SOON, VOICE_RING_HZ);
        awaitTestDone(1);
        workbench.screenshot("settings-audio");

        workbench.clickOn(() -> button("Save"), "Save");
        Wait.until("the dialog closes", () -> ui(() -> settingsShell().isEmpty()), SOON);
        assertEquals("desk_ringer", configuration("dev.callbench.ringtone").get("device"),
                "the ringer rings on the desk ringer");

        openSettings();
        Wait.until("the chosen devices are shown again", () -> ui(() -> List.of(combo(1).getText(), combo(2).getText()))
                .equals(List.of("Agent_Headset", "Desk_Ringer")), Duration.ofSeconds(30),
                () -> ui(() -> List.of(combo(1).getText(), combo(2).getText())));
        workbench.clickOn(() -> button("Cancel"), "Cancel");
        Wait.until("the dialog closes", () -> ui(() -> settingsShell().isEmpty()), SOON);
    }

    @Test
    void theDarkThemeDarkensTheWholeWindowAtOnceAndTheLightOneBringsItBack() throws Exception {
        assertTrue(panelBrightness() > 200, "light to begin with: " + panelBrightness());
        openSettings();
        choose("Dark");
        workbench.clickOn(() -> button("Save"), "Save");
        Wait.until("the control panel is dark", () -> panelBrightness() < 80, SOON, SettingsUiTest::panelBrightness);
        workbench.screenshot("control-panel-dark");

        openSettings();
        assertTrue(ui(() -> radio("Dark").getSelection()), "the dark theme is the one chosen");
        workbench.screenshot("settings-dark");
        choose("Light");
        workbench.clickOn(() -> button("Save"), "Save");
        Wait.until("the control panel is light again", () -> panelBrightness() > 200, SOON,
                SettingsUiTest::panelBrightness);
        Wait.until("the connection is green again", () -> ui(() -> WorkbenchDriver.findAll(
                workbench.partComposite(PANEL), Label.class, l -> l.getText().equals("Connected to the contact center."))
                .get(0).getForeground().equals(workbench.partComposite(PANEL).getDisplay()
                        .getSystemColor(SWT.COLOR_DARK_GREEN))), SOON);
    }

    /** How bright the control panel's background is, 0 to 255. */
    private static int panelBrightness() {
        return ui(() -> {
            org.eclipse.swt.graphics.Color background = workbench.partComposite(PANEL).getChildren()[0].getBackground();
            return (background.getRed() * 299 + background.getGreen() * 587 + background.getBlue() * 114) / 1000;
        });
    }

    // ---- the dialog, driven on the UI thread

    /** The device choosers: 0 the microphone, 1 the speaker, 2 the ringer. */
    private static Combo combo(int index) {
        return WorkbenchDriver.findAll(dialog(), Combo.class, c -> true).get(index);
    }

    private static List<String> items(int combo) {
        return ui(() -> List.of(combo(combo).getItems()));
    }

    /** Picks a device in a chooser, as a selection from its list does. */
    private static void select(int combo, String device) {
        ui(() -> {
            Combo chooser = combo(combo);
            chooser.select(Arrays.asList(chooser.getItems()).indexOf(device));
            chooser.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            return null;
        });
    }

    /** Waits until a test has played to its end: its button is enabled again and the dialog says it played. */
    private static void awaitTestDone(int button) {
        Wait.until("the test sound played", () -> ui(() -> testButton(button).isEnabled()) && dialogLabels().stream()
                .anyMatch(t -> t.startsWith("Test sound played.")), SOON, SettingsUiTest::dialogLabels);
    }

    /** The Test buttons: 0 the speaker's, 1 the ringer's. */
    private static Button testButton(int index) {
        return WorkbenchDriver.findAll(dialog(), Button.class, b -> b.getText().equals("Test")).get(index);
    }

    /** Ctrl+comma, as real key presses, with the workbench window in front. */
    private static void openSettings() {
        ui(() -> {
            workbench.partComposite(PANEL).getShell().forceActive();
            workbench.partComposite(PANEL).setFocus();
            return null;
        });
        workbench.settle();
        workbench.post(SWT.KeyDown, e -> e.keyCode = SWT.CTRL);
        workbench.post(SWT.KeyDown, e -> e.character = ',');
        workbench.post(SWT.KeyUp, e -> e.character = ',');
        workbench.post(SWT.KeyUp, e -> e.keyCode = SWT.CTRL);
        Wait.until("the Settings open", () -> ui(() -> settingsShell().isPresent()), SOON);
    }

    /**
     * Selects a radio button as a click on it does (SWT deselects the others and notifies the listeners): a click
     * posted to a radio button of this dialog under Xvfb, with no window manager, leaves it unselected.
     */
    private static void choose(String radio) {
        ui(() -> {
            Button chosen = radio(radio);
            for (Button each : WorkbenchDriver.findAll(chosen.getParent(), Button.class,
                    b -> (b.getStyle() & SWT.RADIO) != 0)) {
                each.setSelection(each == chosen);
            }
            chosen.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            return null;
        });
    }

    /** Clicks into a field, selects what is there and types the text, a key press per character. */
    private static void type(int index, String text) throws Exception {
        workbench.clickOn(() -> field(index), "field " + index);
        Wait.until("field " + index + " has the focus", () -> ui(() -> field(index).isFocusControl()), SOON);
        ui(() -> {
            field(index).selectAll();
            return null;
        });
        for (char c : text.toCharArray()) {
            workbench.post(SWT.KeyDown, e -> e.character = c);
            workbench.post(SWT.KeyUp, e -> e.character = c);
        }
        Wait.until("field " + index + " holds what was typed", () -> ui(() -> field(index).getText()).equals(text),
                SOON, () -> ui(() -> field(index).getText()));
    }

    private static Optional<Shell> settingsShell() {
        return Arrays.stream(workbench.partComposite(PANEL).getDisplay().getShells())
                .filter(shell -> !shell.isDisposed() && shell.isVisible() && "Settings".equals(shell.getText()))
                .findFirst();
    }

    private static Shell dialog() {
        return settingsShell().orElseThrow(() -> new AssertionError("the Settings are not open"));
    }

    private static Button radio(String startOfText) {
        return WorkbenchDriver.findAll(dialog(), Button.class, b -> (b.getStyle() & SWT.RADIO) != 0
                && b.getText().startsWith(startOfText)).get(0);
    }

    private static Button button(String text) {
        return WorkbenchDriver.findAll(dialog(), Button.class, b -> b.getText().equals(text)).get(0);
    }

    /** The text fields: 0 the contact center's URL, 1 the login, 2 the password; 3 the desk phone's number. */
    private static Text field(int index) {
        return WorkbenchDriver.findAll(dialog(), Text.class, t -> true).get(index);
    }

    private static List<String> dialogLabels() {
        return ui(() -> WorkbenchDriver.findAll(dialog(), Label.class, Control::isVisible).stream()
                .map(Label::getText).toList());
    }

    private static List<String> panelLabels() {
        return ui(() -> WorkbenchDriver.findAll(workbench.partComposite(PANEL), Label.class, Control::isVisible)
                .stream().map(Label::getText).toList());
    }

    private static <T> T ui(java.util.function.Supplier<T> query) {
        return workbench.ui(query);
    }

    // ---- what is signed in, and the files

    /** Who the workbench's contact center service has signed in, if anyone. */
    private static Optional<String> signedIn() {
        return TestCenterAgent.signedIn();
    }

    /** A copy of the Configuration Admin configuration's properties; empty when there is none. */
    private static Hashtable<String, Object> configuration(String pid) throws Exception {
        ServiceTracker<ConfigurationAdmin, ConfigurationAdmin> configurations = OsgiServices.track(
                ConfigurationAdmin.class); // Felix's is per bundle: gone once ungot
        try {
            Dictionary<String, Object> properties = configurations.getService().getConfiguration(pid, "?")
                    .getProperties();
            Hashtable<String, Object> copy = new Hashtable<>();
            if (properties != null) {
                Collections.list(properties.keys()).forEach(key -> copy.put(key, properties.get(key)));
            }
            return copy;
        } finally {
            configurations.close();
        }
    }

    private static void configure(String pid, String key, Object value) throws Exception {
        Hashtable<String, Object> properties = configuration(pid);
        properties.put(key, value);
        ServiceTracker<ConfigurationAdmin, ConfigurationAdmin> configurations = OsgiServices.track(
                ConfigurationAdmin.class);
        try {
            configurations.getService().getConfiguration(pid, "?").update(properties);
        } finally {
            configurations.close();
        }
    }

    /** An Equinox area's folder: its property is a file: URL, not encoded. */
    private static Path area(String property) {
        String url = FrameworkUtil.getBundle(SettingsUiTest.class).getBundleContext().getProperty(property);
        assertFalse(url == null || !url.startsWith("file:"), property + " is no folder: " + url);
        return Path.of(url.substring("file:".length()));
    }

    private static boolean contains(byte[] content, byte[] wanted) {
        outer:
        for (int i = 0; i + wanted.length <= content.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (content[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
