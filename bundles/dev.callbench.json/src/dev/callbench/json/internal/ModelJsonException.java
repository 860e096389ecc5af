package dev.callbench.json.internal;

import java.lang.reflect.Type;

/** JSON text that does not describe a value of the expected type; the message says what is wrong and where. */
public class ModelJsonException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** A failure with its explanation. */
    public ModelJsonException(String message, Throwable cause) {
        super(message, cause);
    }

    static ModelJsonException explain(Type type, RuntimeException failure) {
        return new ModelJsonException(describe(type) + ": " + reason(failure), failure);
    }

    static String describe(Type type) {
        String name = type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
        return "Not a valid " + name;
    }

    private static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof NullPointerException && t.getMessage() != null) {
                return "the required field '" + t.getMessage() + "' is missing or null";
            }
            if (t instanceof IllegalArgumentException && !(t instanceof ModelJsonException) && t.getMessage() != null
                    && t.getCause() == null) {
                return t.getMessage();
            }
        }
        return failure.getMessage();
    }
}
