package dev.callbench.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.callbench.media.internal.MediaFactory;
import dev.callbench.softphone.internal.WebRtcEngine;
import dev.callbench.tests.support.OsgiServices;
import dev.onvoid.webrtc.CreateSessionDescriptionObserver;
import dev.onvoid.webrtc.PeerConnectionObserver;
import dev.onvoid.webrtc.RTCConfiguration;
import dev.onvoid.webrtc.RTCIceCandidate;
import dev.onvoid.webrtc.RTCOfferOptions;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCRtpTransceiver;
import dev.onvoid.webrtc.RTCRtpTransceiverDirection;
import dev.onvoid.webrtc.RTCRtpTransceiverInit;
import dev.onvoid.webrtc.RTCSessionDescription;
import dev.onvoid.webrtc.media.audio.AudioOptions;
import dev.onvoid.webrtc.media.audio.AudioTrack;
import dev.onvoid.webrtc.media.audio.AudioTrackSource;

/** The native half of webrtc-java loads inside OSGi, from its platform fragment, and negotiates Opus. */
class WebRtcInOsgiTest {

    @Test
    void softphoneEngineCreatesAnOpusOfferInsideOsgi() throws Exception {
        WebRtcEngine engine = OsgiServices.await(WebRtcEngine.class);
        MediaFactory factory = engine.newMediaFactory();
        RTCPeerConnection connection = factory.peerConnections().createPeerConnection(new RTCConfiguration(),
                new IgnoringObserver());
        AudioTrackSource source = factory.peerConnections().createAudioSource(new AudioOptions());
        AudioTrack track = factory.peerConnections().createAudioTrack("agent-audio", source);
        RTCRtpTransceiverInit init = new RTCRtpTransceiverInit();
        init.direction = RTCRtpTransceiverDirection.SEND_RECV;
        init.streamIds = List.of("agent");
        RTCRtpTransceiver transceiver = connection.addTransceiver(track, init);
        try {

            String sdp = offer(connection).get(20, TimeUnit.SECONDS).sdp;
            assertTrue(sdp.contains("m=audio"), sdp);
            assertTrue(sdp.contains("opus/48000/2"), sdp);
        } finally {
            // the teardown order that frees the native objects without complaint (see the project's notes)
            connection.removeTrack(transceiver.getSender());
            connection.close();
            track.dispose();
            engine.release(factory);
        }
    }

    private static CompletableFuture<RTCSessionDescription> offer(RTCPeerConnection connection) {
        CompletableFuture<RTCSessionDescription> offer = new CompletableFuture<>();
        connection.createOffer(new RTCOfferOptions(), new CreateSessionDescriptionObserver() {
            @Override
            public void onSuccess(RTCSessionDescription description) {
                offer.complete(description);
            }

            @Override
            public void onFailure(String error) {
                offer.completeExceptionally(new IllegalStateException(error));
            }
        });
        return offer;
    }

    private static final class IgnoringObserver implements PeerConnectionObserver {
        @Override
        public void onIceCandidate(RTCIceCandidate candidate) {
            // no ICE in this test: only the offer is checked
        }
    }
}
