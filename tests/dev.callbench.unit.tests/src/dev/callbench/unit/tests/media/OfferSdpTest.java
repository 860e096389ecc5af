package dev.callbench.unit.tests.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.callbench.media.internal.OfferSdp;

/** The offer is munged as connect-rtc-js' transformSdp munges it. */
class OfferSdpTest {

    private static final String OFFER = String.join("\r\n",
            "v=0", "o=- 1 2 IN IP4 127.0.0.1", "s=-", "t=0 0", "a=group:BUNDLE 0",
            "m=audio 9 UDP/TLS/RTP/SAVPF 111 63 126", "c=IN IP4 0.0.0.0",
            "a=rtpmap:111 opus/48000/2", "a=rtcp-fb:111 transport-cc", "a=fmtp:111 minptime=10;useinbandfec=1",
            "a=rtpmap:63 red/48000/2", "a=fmtp:63 111/111", "a=rtpmap:126 telephone-event/8000", "") + "\r\n";

    @Test
    void opusGetsAFreshFmtpRightAfterItsRtpmapWithDtxOffAndPtime20() {
        String munged = OfferSdp.munge(OFFER);

        assertTrue(munged.contains("a=rtpmap:111 opus/48000/2\r\na=fmtp:111 minptime=20;useinbandfec=1;usedtx=0\r\n"),
                munged);
        assertFalse(munged.contains("a=fmtp:111 minptime=10;useinbandfec=1\r\n"), "the original fmtp is gone");
        assertTrue(munged.contains("a=fmtp:63 111/111\r\n"), "other codecs keep theirs");
        assertTrue(munged.endsWith("a=rtpmap:126 telephone-event/8000\r\na=ptime:20\r\na=maxptime:20\r\n"), munged);
        assertEquals(1, munged.split("a=fmtp:111", -1).length - 1, "one opus fmtp");
        assertFalse(munged.contains("\r\n\r\n"), "no empty line");
    }

    @Test
    void onlyTheFirstMinptimeBecomes20() {
        String munged = OfferSdp.munge(OFFER.replace("a=fmtp:63 111/111", "a=fmtp:63 minptime=10"));
        assertTrue(munged.contains("a=fmtp:111 minptime=20;"), munged);
        assertTrue(munged.contains("a=fmtp:63 minptime=10"), munged);
    }
}
