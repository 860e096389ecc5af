package dev.callbench.server.tests;

import java.util.List;
import java.util.Random;

/** Turns valid request bodies into broken, odd or hostile ones, reproducibly from a seed. */
final class Mutator {

    private static final List<String> ODD_VALUES = List.of("null", "0", "-1", "1e308", "1e400", "true", "[]", "{}",
            "\"\"", "\"\\u0000\"", "[[[[[[]]]]]]", "{\"authToken\":1}", "\"" + "a".repeat(300) + "\"", "NaN",
            "\"\\ud800\"", "9223372036854775808");

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    String mutate(String valid) {
        return switch (random.nextInt(7)) {
            case 0 -> flipBytes(valid);
            case 1 -> valid.substring(0, random.nextInt(valid.length() + 1));
            case 2 -> insert(valid, randomText(1 + random.nextInt(8)));
            case 3 -> replaceAValue(valid);
            case 4 -> valid + valid;
            case 5 -> randomText(random.nextInt(64));
            default -> mutate(mutate(valid));
        };
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private String flipBytes(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < 1 + random.nextInt(3) && chars.length > 0; i++) {
            int at = random.nextInt(chars.length);
            chars[at] = (char) (chars[at] ^ (1 << random.nextInt(7)));
        }
        return new String(chars);
    }

    private String insert(String text, String piece) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + piece + text.substring(at);
    }

    /** Replaces the value after a random colon with an odd one, keeping the JSON mostly well formed. */
    private String replaceAValue(String text) {
        int colon = text.indexOf(':', random.nextInt(text.length() + 1));
        if (colon < 0) {
            return insert(text, ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
        }
        int end = colon + 1;
        while (end < text.length() && ",}]".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return text.substring(0, colon + 1) + ODD_VALUES.get(random.nextInt(ODD_VALUES.size())) + text.substring(end);
    }

    private String randomText(int length) {
        String alphabet = "{}[]\":,\\ abc019-+.eE\u00e9\u20ac\ud83d\ude00\n\t";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
