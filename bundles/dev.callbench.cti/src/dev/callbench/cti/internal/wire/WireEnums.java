package dev.callbench.cti.internal.wire;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.google.gson.JsonObject;

import dev.callbench.api.WireNames;

/** Reads the API's enums from their wire names ({@code not_routable}, {@code queue_callback} ...). */
final class WireEnums {

    private WireEnums() {
    }

    static <E extends Enum<E>> E read(JsonObject parent, String name, String path, Class<E> type)
            throws MalformedSnapshotException {
        String value = WireValues.text(parent, name, path);
        for (E constant : type.getEnumConstants()) {
            if (WireNames.of(constant).equals(value)) {
                return constant;
            }
        }
        throw new MalformedSnapshotException(path + "." + name + " has the unknown value '" + value + "' (known: "
                + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))
                + ")");
    }
}
