package dev.callbench.server.internal.wire;

/** The error types the CTI service answers with ({@code __type}), and their HTTP statuses. */
public enum ErrorType {
    SERIALIZATION("SerializationException", 400),
    INVALID_PARAMETER("InvalidParameterException", 400),
    UNKNOWN_OPERATION("UnknownOperationException", 400),
    BAD_ENDPOINT("BadEndpointException", 400),
    INVALID_CONFIGURATION("InvalidConfigurationException", 400),
    INVALID_CONTACT_TYPE("InvalidContactTypeException", 400),
    /** Connect's public API (MonitorContact), not the CTI service. */
    INVALID_REQUEST("InvalidRequestException", 400),
    UNAUTHORIZED("UnauthorizedException", 401),
    ACCESS_DENIED("AccessDeniedException", 403),
    NOT_FOUND("ResourceNotFoundException", 404),
    METHOD_NOT_ALLOWED("MethodNotAllowedException", 405),
    INVALID_STATE("InvalidStateException", 409),
    /** Connect's public API: a ClientToken used again for another request. */
    IDEMPOTENCY("IdempotencyException", 409),
    TOO_LARGE("RequestEntityTooLargeException", 413),
    TOO_MANY_REQUESTS("TooManyRequestsException", 429),
    /** Named after the error of Connect's Transfer to queue flow action (QueueAtCapacity). */
    QUEUE_AT_CAPACITY("QueueAtCapacityException", 503),
    INTERNAL("InternalServiceException", 500);

    private final String type;
    private final int status;

    ErrorType(String type, int status) {
        this.type = type;
        this.status = status;
    }

    public String type() {
        return type;
    }

    public int status() {
        return status;
    }
}
