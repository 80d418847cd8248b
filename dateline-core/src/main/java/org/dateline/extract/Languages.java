package org.dateline.extract;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Locale;
import java.util.Map;

/**
 * The language of an article: the page's declaration, checked against the text by Lingua
 * (see docs/decisions.md for why Lingua, in low-accuracy mode, on a bounded sample of the text).
 *
 * <p>The detector is built once, lazily, and shared read-only; {@link #warmUp()} builds it on a
 * background thread so a batch's start-up overlaps model loading with reading its first inputs.
 */
public final class Languages {

    /** Characters of body text for the quick check of a declaration: enough to agree with it. */
    static final int QUICK_CHARS = 300;
    /** Characters of body text given to the detector to confirm a disagreement, or when nothing is declared. */
    static final int SAMPLE_CHARS = 1200;
    /** Below this many letters the text is too short to contradict a declaration. */
    static final int MIN_LETTERS_TO_OVERRULE = 200;
    /**
     * Lingua 1.2 scales its confidence values so that the best language has 1.0; the declared one is
     * overruled only when its value falls below this. Calibrated on the three dev sets (1,400 pages)
     * with the 1,200-character sample: the 30 templates that declared the wrong language (English on
     * German, Spanish, Zulu, Tagalog pages) scored the declared language at most 0.79; pages that
     * quote at length in another language, or whose text is mostly names, 0.83 and more.
     */
    static final double OVERRULE_BELOW = 0.8;

    private Languages() {
    }

    private static final class Holder {
        static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromAllLanguages()
                .withLowAccuracyMode()
                .build();
    }

    /** Starts loading the language models in the background; returns at once. */
    public static void warmUp() {
        Thread t = new Thread(() -> Holder.DETECTOR.detectLanguageOf("warm up the models"), "dateline-lang-warmup");
        t.setDaemon(true);
        t.start();
    }

    /**
     * @param declared the page's declared language (any BCP 47 tag, e.g. {@code en-US}), or null
     * @param text     the body text
     * @param title    the headline, used when the body is short
     * @return an ISO 639-1 code, or null when neither declaration nor text tells
     */
    public static String settle(String declared, String text, String title) {
        String decl = normalise(declared);
        String quick = sample(text, title, decl == null ? SAMPLE_CHARS : QUICK_CHARS);
        if (countLetters(quick) < 20) {
            return decl;
        }
        Map<Language, Double> values = Holder.DETECTOR.computeLanguageConfidenceValues(quick);
        String top = code(best(values));
        if (decl == null || top == null || same(top, decl)) {
            return decl == null ? top : decl;
        }
        Language declaredLanguage = language(decl);
        if (declaredLanguage == null) {
            // Declared in a language the detector does not know (Luxembourgish, Galician): it cannot judge.
            return decl;
        }
        // Disagreement on the short sample: look at more text before overruling the page.
        String full = sample(text, title, SAMPLE_CHARS);
        if (countLetters(full) < MIN_LETTERS_TO_OVERRULE) {
            return decl;
        }
        if (!full.equals(quick)) {
            values = Holder.DETECTOR.computeLanguageConfidenceValues(full);
            top = code(best(values));
        }
        if (top == null || same(top, decl) || top.equals("la") || !sameScript(best(values), full)
                || values.getOrDefault(declaredLanguage, 0.0) >= OVERRULE_BELOW) {
            // Latin in a news page is lorem ipsum, and a language written in another script than the
            // text's is a detector's guess on a quotation.
            return decl;
        }
        // A page may quote at length in another language: the opening of the body must agree too.
        String opening = opening(text, QUICK_CHARS);
        if (countLetters(opening) >= 100) {
            String first = code(best(Holder.DETECTOR.computeLanguageConfidenceValues(opening)));
            if (first == null || !same(first, top)) {
                return decl;
            }
        }
        return top;
    }

    /** The first {@code chars} characters of the body, whole words. */
    private static String opening(String text, int chars) {
        String t = text == null ? "" : text;
        if (t.length() <= chars) {
            return t;
        }
        int to = chars;
        while (to > 0 && !Character.isWhitespace(t.charAt(to))) {
            to--;
        }
        return t.substring(0, to);
    }

    private static Language best(Map<Language, Double> values) {
        Map.Entry<Language, Double> best = null;
        for (Map.Entry<Language, Double> e : values.entrySet()) {
            if (best == null || e.getValue() > best.getValue()) {
                best = e;
            }
        }
        return best == null ? null : best.getKey();
    }

    /** Norwegian is declared "no" and detected as Bokmål "nb" or Nynorsk "nn": one language for a record. */
    private static boolean same(String a, String b) {
        return a.equals(b) || NORWEGIAN.contains(a) && NORWEGIAN.contains(b);
    }

    private static final java.util.Set<String> NORWEGIAN = java.util.Set.of("no", "nb", "nn");

    /** True when most letters of {@code text} are in a script the language is written in. */
    private static boolean sameScript(Language l, String text) {
        if (l == null) {
            return false;
        }
        int latin = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        boolean mostlyLatin = latin * 2 >= letters;
        return mostlyLatin == LATIN_SCRIPT.contains(l);
    }

    private static final java.util.Set<String> NON_LATIN = java.util.Set.of("ARABIC", "ARMENIAN", "BELARUSIAN",
            "BENGALI", "BULGARIAN", "CHINESE", "GEORGIAN", "GREEK", "GUJARATI", "HEBREW", "HINDI", "JAPANESE",
            "KAZAKH", "KOREAN", "MACEDONIAN", "MARATHI", "MONGOLIAN", "PERSIAN", "PUNJABI", "RUSSIAN", "SERBIAN",
            "TAMIL", "TELUGU", "THAI", "UKRAINIAN", "URDU");

    private static final java.util.Set<Language> LATIN_SCRIPT = latinLanguages();

    private static java.util.Set<Language> latinLanguages() {
        java.util.Set<Language> out = java.util.EnumSet.noneOf(Language.class);
        for (Language l : Language.values()) {
            if (l != Language.UNKNOWN && !NON_LATIN.contains(l.name())) {
                out.add(l);
            }
        }
        return out;
    }

    /** {@code "en-US"}, {@code "EN_gb"}, {@code "eng"}, {@code "deu"} → {@code "en"}, {@code "de"}; null when not a language tag. */
    public static String normalise(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        int dash = t.indexOf('-');
        if (dash > 0) {
            t = t.substring(0, dash);
        }
        if (t.length() == 2 && Character.isLetter(t.charAt(0)) && Character.isLetter(t.charAt(1))) {
            String legacy = LEGACY.get(t);
            return legacy != null ? legacy : t;
        }
        if (t.length() == 3) {
            return ISO3.get(t);
        }
        return null;
    }

    /** Codes that Java and old pages still use for languages since renamed. */
    private static final Map<String, String> LEGACY = Map.of("iw", "he", "in", "id", "ji", "yi", "jw", "jv");

    /** ISO 639-2/T and 639-2/B codes to ISO 639-1, from the JDK's own tables. */
    private static final Map<String, String> ISO3 = iso3();

    private static Map<String, String> iso3() {
        Map<String, String> out = new java.util.HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            if (two.length() != 2) {
                continue;
            }
            try {
                out.put(new Locale(two).getISO3Language(), LEGACY.getOrDefault(two, two));
            } catch (java.util.MissingResourceException e) {
                // no three-letter code known
            }
        }
        // Bibliographic variants pages use too.
        String[][] b = {{"ger", "de"}, {"fre", "fr"}, {"dut", "nl"}, {"chi", "zh"}, {"cze", "cs"}, {"gre", "el"},
                {"per", "fa"}, {"rum", "ro"}, {"slo", "sk"}, {"alb", "sq"}, {"arm", "hy"}, {"baq", "eu"},
                {"bur", "my"}, {"geo", "ka"}, {"ice", "is"}, {"mac", "mk"}, {"mao", "mi"}, {"may", "ms"},
                {"tib", "bo"}, {"wel", "cy"}};
        for (String[] p : b) {
            out.put(p[0], p[1]);
        }
        return Map.copyOf(out);
    }

    private static String code(Language l) {
        if (l == null || l == Language.UNKNOWN) {
            return null;
        }
        return l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private static Language language(String code) {
        try {
            IsoCode639_1 iso = IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT));
            return Language.getByIsoCode639_1(iso);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String sample(String text, String title, int chars) {
        String t = text == null ? "" : text;
        if (t.length() < 200 && title != null) {
            t = title + "\n" + t;
        }
        if (t.length() <= chars) {
            return t;
        }
        // Middle of the body: openings carry datelines and bylines, ends carry boilerplate.
        int from = Math.max(0, t.length() / 2 - chars / 2);
        int to = from + chars;
        // Whole words: a cut word is a trigram the models never saw.
        while (from > 0 && from < to && !Character.isWhitespace(t.charAt(from - 1))) {
            from++;
        }
        while (to < t.length() && to > from && !Character.isWhitespace(t.charAt(to))) {
            to--;
        }
        return t.substring(from, to);
    }

    private static int countLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
