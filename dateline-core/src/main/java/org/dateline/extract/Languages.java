package org.dateline.extract;

import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language of an article: the page's declaration, checked against the text by Apache
 * OpenNLP's language detector (103 languages; see docs/decisions.md for why OpenNLP, and how the
 * thresholds were calibrated).
 *
 * <p>The model is loaded once, lazily, and shared read-only (a detector object per call is cheap);
 * {@link #warmUp()} loads it on a background thread so a batch's start-up overlaps model loading
 * with reading its first inputs.
 */
public final class Languages {

    /** Characters of body text for the quick check of a declaration: enough to agree with it. */
    static final int QUICK_CHARS = 300;
    /** Characters of body text given to the detector to confirm a disagreement, or when nothing is declared. */
    static final int SAMPLE_CHARS = 800;
    /** Below this many letters the text is too short to contradict a declaration. */
    static final int MIN_LETTERS_TO_OVERRULE = 200;
    /**
     * OpenNLP's probabilities are spread over 103 languages; the declared one is overruled only when
     * its probability falls below this and the detector's best is at least {@link #OVERRULE_TOP}.
     * Calibrated on the three dev sets (1,402 pages) against the decisions of the previous, Lingua-based
     * check: templates declaring English over German, Spanish, Zulu or Swahili text give the declared
     * language at most 0.002; pages that quote at length in another language keep it at 0.03 and more.
     */
    static final double OVERRULE_BELOW = 0.02;
    static final double OVERRULE_TOP = 0.5;

    private Languages() {
    }

    private static final class Holder {
        /** The model, in {@link LanguageScorer}'s faster form (the OpenNLP objects are not kept). */
        static final LanguageScorer MODEL = new LanguageScorer(load());
        /** ISO 639-1 codes of the languages the model knows. */
        static final Set<String> KNOWN = known();

        private static LanguageDetectorModel load() {
            try (InputStream in = Languages.class.getResourceAsStream("/langdetect-183.bin")) {
                if (in == null) {
                    throw new IllegalStateException("OpenNLP language model langdetect-183.bin is not on the class path");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the language model", e);
            }
        }
    }

    /** Starts loading the language model in the background; returns at once. */
    public static void warmUp() {
        Thread t = new Thread(() -> detect("warm up the model"), "dateline-lang-warmup");
        t.setDaemon(true);
        t.start();
    }

    /** Probabilities by ISO 639-1 code (languages without one are left out). */
    static Map<String, Double> detect(String sample) {
        double[] p = Holder.MODEL.probabilities(sample);
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < p.length; i++) {
            String code = fromIso3(Holder.MODEL.outcome(i));
            if (code != null) {
                out.merge(code, p[i], Double::sum);
            }
        }
        return out;
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
        Map<String, Double> values = detect(quick);
        String top = best(values);
        if (decl == null || top == null || same(top, decl)) {
            return decl == null ? top : decl;
        }
        if (!Holder.KNOWN.contains(decl)) {
            // Declared in a language the detector does not know (Xhosa, Luxembourgish): it cannot judge.
            return decl;
        }
        // Disagreement on the short sample: look at more text before overruling the page.
        String full = sample(text, title, SAMPLE_CHARS);
        if (countLetters(full) < MIN_LETTERS_TO_OVERRULE) {
            return decl;
        }
        if (!full.equals(quick)) {
            values = detect(full);
            top = best(values);
        }
        if (top == null || same(top, decl) || top.equals("la") || !sameScript(top, full)
                || values.getOrDefault(top, 0.0) < OVERRULE_TOP
                || declaredProbability(values, decl) >= OVERRULE_BELOW) {
            // Latin in a news page is lorem ipsum, and a language written in another script than the
            // text's is a detector's guess on a quotation.
            return decl;
        }
        // A page may quote at length in another language: the opening of the body must agree too.
        String opening = opening(text, QUICK_CHARS);
        if (countLetters(opening) >= 100) {
            String first = best(detect(opening));
            if (first == null || !same(first, top)) {
                return decl;
            }
        }
        return top;
    }

    private static double declaredProbability(Map<String, Double> values, String decl) {
        if (NORWEGIAN.contains(decl)) {
            return values.getOrDefault("nb", 0.0) + values.getOrDefault("nn", 0.0) + values.getOrDefault("no", 0.0);
        }
        return values.getOrDefault(decl, 0.0);
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

    private static String best(Map<String, Double> values) {
        Map.Entry<String, Double> best = null;
        for (Map.Entry<String, Double> e : values.entrySet()) {
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

    private static final Set<String> NORWEGIAN = Set.of("no", "nb", "nn");

    /** True when most letters of {@code text} are in a script the language is written in. */
    private static boolean sameScript(String language, String text) {
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
        return mostlyLatin == !NON_LATIN.contains(language);
    }

    /** Languages not written in Latin script (ISO 639-1). */
    private static final Set<String> NON_LATIN = Set.of("ar", "hy", "be", "bn", "bg", "zh", "ka", "gu", "he",
            "hi", "ja", "kk", "ko", "mk", "mr", "mn", "fa", "pa", "ru", "sr", "ta", "te", "th", "uk", "ur", "el",
            "kn", "ml", "si", "ne", "ky", "tg", "tt", "ba", "ce", "ps", "sa", "yi");

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

    /**
     * The detector's ISO 639-3 codes to ISO 639-1: the JDK's table, plus the macrolanguage members
     * the model uses (Mandarin for Chinese, Iranian Persian for Persian, …).
     */
    static String fromIso3(String iso3) {
        String special = MEMBERS.get(iso3);
        return special != null ? special : ISO3.get(iso3);
    }

    private static final Map<String, String> MEMBERS = Map.ofEntries(
            Map.entry("cmn", "zh"), Map.entry("nan", "zh"), Map.entry("pes", "fa"), Map.entry("lvs", "lv"),
            Map.entry("ekk", "et"), Map.entry("nob", "nb"), Map.entry("nno", "nn"), Map.entry("pnb", "pa"),
            Map.entry("plt", "mg"), Map.entry("gsw", "de"), Map.entry("zsm", "ms"), Map.entry("swh", "sw"),
            Map.entry("arb", "ar"), Map.entry("azj", "az"), Map.entry("uzn", "uz"), Map.entry("khk", "mn"));

    private static Set<String> known() {
        Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i < Holder.MODEL.outcomes(); i++) {
            String iso3 = Holder.MODEL.outcome(i);
            String code = fromIso3(iso3);
            if (code != null) {
                out.add(code);
            }
        }
        out.add("no");
        return Set.copyOf(out);
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
