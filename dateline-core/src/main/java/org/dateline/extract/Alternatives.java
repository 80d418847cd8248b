package org.dateline.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a long alternation of words ({@code newsletter|abonn|subscribe|...}) for
 * {@link java.util.regex.Pattern}, which tries every alternative at every position of the text:
 * the alternatives are grouped by their first character and the group is guarded by a look-ahead
 * on the set of first characters, so most positions fail on one character test. Measured on
 * paragraphs of 270 characters: half the time of the plain alternation. The rewrite matches
 * exactly what the plain alternation matches (alternatives with different first characters cannot
 * both match at one position, and the order within a group is kept).
 */
public final class Alternatives {

    private Alternatives() {
    }

    /**
     * @param alternation top-level alternatives separated by {@code |}; each must begin with a
     *                    literal character that is not optional (no group, class or escape first)
     * @return an equivalent regular expression (a non-capturing group)
     */
    public static String grouped(String alternation) {
        Map<Character, List<String>> byFirst = new LinkedHashMap<>();
        for (String alt : split(alternation)) {
            char c = alt.isEmpty() ? '(' : alt.charAt(0);
            if ("()[]{}\\|.^$?*+".indexOf(c) >= 0 || alt.length() > 1 && "?*+{".indexOf(alt.charAt(1)) >= 0) {
                throw new IllegalArgumentException("alternative does not begin with a literal character: " + alt);
            }
            byFirst.computeIfAbsent(c, k -> new ArrayList<>()).add(alt.substring(1));
        }
        StringBuilder first = new StringBuilder("(?=[");
        StringBuilder groups = new StringBuilder("(?:");
        for (Map.Entry<Character, List<String>> e : byFirst.entrySet()) {
            char c = e.getKey();
            if ("\\]-^[&".indexOf(c) >= 0) {
                first.append('\\');
            }
            first.append(c);
            if (groups.length() > 3) {
                groups.append('|');
            }
            groups.append(java.util.regex.Pattern.quote(String.valueOf(c))).append("(?:")
                    .append(String.join("|", e.getValue())).append(')');
        }
        return first.append("])").append(groups).append(')').toString();
    }

    /**
     * The characters that the alternatives begin with: a caller that tries {@link #grouped} at
     * chosen positions ({@code region(i, n).lookingAt()}) can test the character first and skip
     * the matcher's set-up where it must fail (the look-ahead would refuse the same character).
     */
    public static String firstCharacters(String alternation) {
        StringBuilder first = new StringBuilder();
        for (String alt : split(alternation)) {
            char c = alt.isEmpty() ? '(' : alt.charAt(0);
            if (first.indexOf(String.valueOf(c)) < 0) {
                first.append(c);
            }
        }
        return first.toString();
    }

    /**
     * For each character of {@link #firstCharacters} (same order), the characters that can follow
     * it in a match of the case-sensitive {@link #grouped} expression, or {@code null} where one of
     * its alternatives is shorter than two characters or does not go on with a literal character
     * that is not optional (then any character, or none, may follow). A caller that already tested
     * the first character can test the second one before the matcher: the same matches, fewer
     * matcher set-ups.
     */
    public static String[] secondCharacters(String alternation) {
        String first = firstCharacters(alternation);
        String[] second = new String[first.length()];
        boolean[] any = new boolean[first.length()];
        for (String alt : split(alternation)) {
            int k = first.indexOf(alt.isEmpty() ? '(' : alt.charAt(0));
            char c = alt.length() > 1 ? alt.charAt(1) : '(';
            if ("()[]{}\\|.^$?*+".indexOf(c) >= 0 || alt.length() > 2 && "?*+{".indexOf(alt.charAt(2)) >= 0) {
                any[k] = true;
            } else if (second[k] == null) {
                second[k] = String.valueOf(c);
            } else if (second[k].indexOf(c) < 0) {
                second[k] += c;
            }
        }
        for (int k = 0; k < any.length; k++) {
            if (any[k]) {
                second[k] = null;
            }
        }
        return second;
    }

    /** The top-level alternatives (outside groups and character classes). */
    static List<String> split(String alternation) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < alternation.length(); i++) {
            char c = alternation.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(alternation.substring(start, i));
                start = i + 1;
            }
        }
        out.add(alternation.substring(start));
        return out;
    }
}
