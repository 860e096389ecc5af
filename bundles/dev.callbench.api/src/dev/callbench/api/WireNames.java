package dev.callbench.api;

import java.util.Locale;

/**
 * Amazon Connect writes the values of this package's enums in lower case ({@code not_routable},
 * {@code queue_callback}); these two methods convert between the two spellings.
 */
public final class WireNames {

    private WireNames() {
    }

    /** The wire name of a constant: {@code ContactType.QUEUE_CALLBACK} gives {@code "queue_callback"}. */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The constant of a wire name, in any letter case.
     *
     * @throws IllegalArgumentException if the type has no such constant
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String wireName) {
        return Enum.valueOf(type, wireName.toUpperCase(Locale.ROOT));
    }
}
