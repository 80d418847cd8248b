package org.dateline.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byline and picture-credit lines of a page-text dump, in the dev sets' languages. */
final class Bylines {

    /** "By …", "Von …", "Par …", "Por …", "Di …", "Door …", "Av …", "Af …", "Autor: …", "Text: …". */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY|Von|VON|Par|PAR|Por|POR|Di|Door|Av|Af|Przez|Autor(?:in)?:|Author:|Text:|Reporting by)\\s+(.{3,160})$");

    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^(?:photo|foto|bild|image|picture|credit|bildrechte|quelle|source)s?\\s*:|getty images|picture alliance"
                    + "|shutterstock|imago|\\b(?:afp|ap|dpa|reuters|epa|anp)\\s*/|/\\s*(?:afp|ap|dpa|reuters|epa)\\b");

    /** Words that end the names part of a byline: an outlet, a role, a date. */
    private static final Pattern AFTER_NAMES = Pattern.compile(
            "\\s*(?:[|•·(]|,?\\s+(?:for|für|pour|para|per)\\s|,?\\s+\\d|\\s+-\\s|\\s+–\\s|,\\s*(?:dpa|afp|ap|reuters|epd|kna)\\b).*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\ben\\b|\\bog\\b|\\boch\\b)\\s*");

    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|van|von|de|der|da|di|del|la|le|du|den|ter|bin|al|el)){1,4}$");

    private Bylines() {
    }

    static boolean isByline(String line) {
        return BYLINE.matcher(line).matches();
    }

    static boolean isCredit(String line) {
        return CREDIT.matcher(line).find();
    }

    /** The person names of a byline line ("By Jane Doe and John Roe, Reuters"), else empty. */
    static List<String> names(String line) {
        Matcher m = BYLINE.matcher(line);
        if (!m.matches()) {
            return List.of();
        }
        String rest = AFTER_NAMES.matcher(m.group(1)).replaceFirst("").strip();
        List<String> names = new ArrayList<>();
        for (String part : SPLIT.split(rest)) {
            String n = part.strip();
            if (NAME.matcher(n).matches()) {
                names.add(n);
            } else if (!n.isEmpty()) {
                return List.of(); // not a list of names: a sentence that happens to start with "By"
            }
        }
        return names;
    }
}
