package dev.callbench.server.internal.wire;

import java.util.List;
import java.util.function.Function;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.callbench.server.internal.Messages;

/** Pages of a list: nextToken is the offset of the next page, given only when more items follow. */
final class Paging {

    private static final int DEFAULT_PAGE = 100;
    private static final int MAX_PAGE = 500;

    private Paging() {
    }

    static <T> JsonObject page(JsonInput input, String listName, List<T> items, Function<T, JsonElement> toJson) {
        int from = offset(input.optionalString("nextToken"), items.size());
        Long max = input.optionalLong("maxResults");
        int size = max == null ? DEFAULT_PAGE : (int) Math.max(1, Math.min(MAX_PAGE, max));
        int to = Math.min(items.size(), from + size);
        JsonArray array = new JsonArray();
        items.subList(from, to).forEach(item -> array.add(toJson.apply(item)));
        JsonObject json = new JsonObject();
        json.add(listName, array);
        if (to < items.size()) {
            json.addProperty("nextToken", Integer.toString(to));
        }
        return json;
    }

    private static int offset(String token, int size) {
        if (token == null) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(token);
            if (offset >= 0 && offset <= size) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new CtiException(ErrorType.INVALID_PARAMETER, Messages.format("error.badToken"));
    }
}
