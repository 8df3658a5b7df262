package vn.covid.briefing.system;

/**
 * Text from outside (file names, cells) made safe to show to people on a terminal, in summary.txt or in a
 * log line: line breaks and control characters become visible escapes, so that a file name cannot start
 * a forged log line, clear a terminal or reorder what is shown. JSON and CSV keep their own quoting and
 * do not need this.
 */
public final class Printable {

    private Printable() {
    }

    /** The text with every control character, line break and bidirectional override escaped; null stays null. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        int first = 0;
        while (first < text.length() && !needsEscape(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                // the escape character itself, so that an escape in the output is never ambiguous
                case '\\' -> out.append("\\\\");
                default -> {
                    if (needsEscape(c)) {
                        out.append("\\u").append(String.format("%04X", (int) c));
                    }
                    else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean needsEscape(char c) {
        if (c == '\\' || Character.isISOControl(c)) {
            return true; // C0, DEL and C1 (NEL among them)
        }
        return switch (Character.getType(c)) {
            case Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            // the bidirectional embeddings, overrides, isolates and marks: they reorder what follows them
            case Character.FORMAT -> (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u200E' || c == '\u200F' || c == '\u061C';
            default -> false;
        };
    }
}
