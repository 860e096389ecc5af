package dev.callbench.softphone.internal.session;

import dev.callbench.api.SoftphoneErrorType;
import dev.callbench.softphone.internal.Messages;

/** What the agent reads when the softphone fails, by the Streams error type the engine reported. */
final class SoftphoneSentences {

    private SoftphoneSentences() {
    }

    static SoftphoneErrorType typeOf(String streamsErrorType) {
        if (streamsErrorType == null) {
            return SoftphoneErrorType.OTHER;
        }
        return switch (streamsErrorType) {
            case "ice_collection_timeout" -> SoftphoneErrorType.ICE_COLLECTION_TIMEOUT;
            case "user_busy_error" -> SoftphoneErrorType.USER_BUSY_ERROR;
            case "signalling_handshake_failure" -> SoftphoneErrorType.SIGNALLING_HANDSHAKE_FAILURE;
            case "signalling_connection_failure" -> SoftphoneErrorType.SIGNALLING_CONNECTION_FAILURE;
            case "microphone_not_shared" -> SoftphoneErrorType.MICROPHONE_NOT_SHARED;
            case "webrtc_error" -> SoftphoneErrorType.WEBRTC_ERROR;
            case "realtime_communication_error" -> SoftphoneErrorType.REALTIME_COMMUNICATION_ERROR;
            default -> SoftphoneErrorType.OTHER;
        };
    }

    /** The sentence for the engine's failure {@code reason} (its SessionFailureReason) of that type. */
    static String of(SoftphoneErrorType type, String reason) {
        return "MEDIA_LOST".equals(reason) ? Messages.softphone_mediaLost : of(type);
    }

    static String of(SoftphoneErrorType type) {
        return switch (type) {
            case ICE_COLLECTION_TIMEOUT -> Messages.softphone_iceCollectionTimeout;
            case USER_BUSY_ERROR -> Messages.softphone_userBusy;
            case SIGNALLING_HANDSHAKE_FAILURE -> Messages.softphone_handshakeFailure;
            case SIGNALLING_CONNECTION_FAILURE -> Messages.softphone_signalingConnectionFailure;
            case MICROPHONE_NOT_SHARED -> Messages.softphone_microphoneNotShared;
            case REALTIME_COMMUNICATION_ERROR -> Messages.softphone_engineStopped;
            default -> Messages.softphone_webrtcError;
        };
    }
}
