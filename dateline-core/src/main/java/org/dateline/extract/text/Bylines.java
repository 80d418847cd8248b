package org.dateline.extract.text;

import org.dateline.extract.JobTitles;
import org.dateline.extract.meta.DateParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byline and picture-credit lines of a page-text dump, in the dev sets' languages. */
final class Bylines {

    /**
     * "By …", "Von …", "Par …", "Por …", "Di …", "Door …", "Av …", "Af …", "Autor: …", "Text: …",
     * "Written by …", "Ein Kommentar von …"; a colon may follow the cue ("Von: …"), and a dump may
     * glue a lower-case cue to the name ("byJane Doe").
     */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:(?:(?:written|reported|words|text|story|reporting|posted) by"
                    + "|(?:eine? )?(?:kommentar|kolumne|analyse|interview|bericht|gastbeitrag|essay|glosse|reportage) von"
                    + "|(?:analysis|opinion|commentary|column|review|interview) by"
                    + "|by|von|par|por|di|door|av|af|przez|autor(?:in)?|author|text|texte|texto)\\s*:?\\s+"
                    + "|(?-i:by|von)(?=\\p{Lu}\\p{Ll}))(.{3,160})$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^(?:photo|foto|bild|image|picture|credit|bildrechte|quelle|source)s?\\s*:|getty images|picture alliance"
                    + "|shutterstock|imago|\\b(?:afp|ap|dpa|reuters|epa|anp)\\s*/|/\\s*(?:afp|ap|dpa|reuters|epa)\\b");

    /** Words that end the names part of a byline: an outlet, a role, a date. */
    private static final Pattern AFTER_NAMES = Pattern.compile(
            "\\s*(?:[|•·(]|,?\\s+(?:for|für|pour|para|per)\\s|,?\\s+\\d|\\s+-\\s|\\s+–\\s|,\\s*(?:dpa|afp|ap|reuters|epd|kna)\\b).*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\ben\\b|\\bog\\b|\\boch\\b)\\s*");

    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|van|von|de|der|da|di|del|la|le|du|den|ter|bin|al|el)){1,4}$");

    /** A byline's cue alone on its line, the names on the next ("By", "Von:", "Author of the article:"). */
    private static final Pattern CUE = Pattern.compile(
            "(?iu)^(?:by|von|par|por|di|door|av|af|przez|autor(?:in)?|author(?: of the article)?|text"
                    + "|(?:eine? )?(?:kommentar|kolumne) von|written by|reported by)\\s*:?$");

    /** Job titles that stand under a name in bylines. */
    private static final Pattern ROLE = Pattern.compile(
            "(?iu)^(?:[\\p{L}-]+\\s+){0,3}(?:" + JobTitles.NOUNS + "|reporterin)\\b.{0,40}$");

    /** What a dump glues to a name: a job title, a date or time, a separator, a "Published" stamp. */
    private static final Pattern GLUED = Pattern.compile(
            "(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll})|(?<=\\p{L})(?=\\d)|\\s*[|·•]\\s*");

    private Bylines() {
    }

    /** Words that open a dateline or a label, not a name: "Published May 7", "Publié le 18 juillet". */
    private static final Pattern CUE_WORD = Pattern.compile(
            "(?iu)^(?:published|updated|posted|publié|publicado|actualizado|pubblicato|aggiornato"
                    + "|veröffentlicht|aktualisiert|stand|erschienen|lesezeit|mitte|anfang|ende)\\b");

    /** A name does not open with an article: "Die Tagespresse", "La Nación", "The Planetary Press" are titles. */
    private static final Pattern ARTICLE = Pattern.compile(
            "^(?:The|Die|Der|Das|Den|Dem|Des|Ein|Eine|La|Le|Les|Los|Las|El|Il|Lo|Het|De)\\s");

    /** A line up to what a dump glued after the names ("Jane DoeNews Reporter", "Jane Doe2 hours ago"). */
    static String cutGlued(String s) {
        Matcher g = GLUED.matcher(s);
        return g.find() && g.start() > 0 ? s.substring(0, g.start()) : s;
    }

    static boolean isCue(String line) {
        return CUE.matcher(line.strip()).matches();
    }

    static boolean isRole(String line) {
        return ROLE.matcher(line.strip()).matches();
    }

    /**
     * The name a line holds alone (2 to 5 capitalised words, or the same in capitals), with what a
     * dump glued after it cut off; null when the line is anything else.
     */
    static String bareName(String line) {
        String t = line.strip();
        if (t.length() > 80) {
            return null;
        }
        Matcher g = GLUED.matcher(t);
        String name = t;
        String rest = "";
        if (g.find() && g.start() > 0) {
            name = t.substring(0, g.start()).strip();
            rest = t.substring(g.end()).strip();
        }
        if (!rest.isEmpty() && !isRole(rest) && !Character.isDigit(rest.charAt(0)) && !CUE_WORD.matcher(rest).find()) {
            return null;
        }
        // A name in capitals ("STEVE PEOPLES") is checked as if written in title case, and kept as written.
        String shape = name.equals(name.toUpperCase(Locale.ROOT)) ? titleCase(name) : name;
        String[] words = shape.split("\\s+");
        return NAME.matcher(shape).matches() && words.length <= 4 && Character.isUpperCase(words[words.length - 1].charAt(0))
                && !isRole(name) && !ARTICLE.matcher(shape).find() && !CUE_WORD.matcher(shape).find() ? name : null;
    }

    /**
     * The name a dateline opens with, before its date ("Marco Pizzorno 4 Febbraio 2025 - 14:41"),
     * or null.
     */
    static String beforeDate(String line) {
        if (line.length() > 100) {
            return null;
        }
        List<DateParser.Found> found = DateParser.findAll(line, false, 1);
        if (found.isEmpty() || found.get(0).start() < 5) {
            return null;
        }
        return bareName(line.substring(0, found.get(0).start()).replaceFirst("[\\s,|·•/–-]+$", ""));
    }

    /** True when the name line carries a job title, a date or a stamp glued after the name. */
    static boolean gluedToName(String line) {
        Matcher g = GLUED.matcher(line.strip());
        return g.find() && g.start() > 0 && g.end() < line.strip().length();
    }

    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return sb.toString();
    }

    static boolean isByline(String line) {
        return !names(line).isEmpty();
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
        String rest = AFTER_NAMES.matcher(cutGlued(m.group(1))).replaceFirst("").strip();
        List<String> names = new ArrayList<>();
        for (String part : SPLIT.split(rest)) {
            String n = part.strip();
            if (NAME.matcher(n).matches() && !isRole(n) && !ARTICLE.matcher(n).find()) {
                names.add(n);
            } else if (!n.isEmpty()) {
                // After the names, a place or a role ("Von Johannes Ritter, Zürich"); before any name,
                // a sentence that happens to start with "By".
                break;
            }
        }
        return names;
    }
}
