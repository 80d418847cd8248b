package org.dateline.extract;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * The language of an article: the page's declaration, checked against the text by Lingua
 * (see docs/decisions.md for why Lingua, in low-accuracy mode, on a bounded sample of the text).
 *
 * <p>The detector is built once, lazily, and shared read-only; {@link #warmUp()} builds it on a
 * background thread so a batch's start-up overlaps model loading with reading its first inputs.
 */
public final class Languages {

    /** Characters of body text given to the detector: enough for a confident answer, bounded for speed. */
    static final int SAMPLE_CHARS = 1200;
    /** Below this many letters the text is too short to contradict a declaration. */
    static final int MIN_LETTERS_TO_OVERRULE = 200;
    /** Confidence the detected language must reach to overrule a declared one. */
    static final double OVERRULE_CONFIDENCE = 0.8;

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
        String sample = sample(text, title);
        int letters = countLetters(sample);
        if (letters < 20) {
            return decl;
        }
        Language detected;
        double confidence;
        SortedMap<Language, Double> values = Holder.DETECTOR.computeLanguageConfidenceValues(sample);
        if (values.isEmpty()) {
            return decl;
        }
        Map.Entry<Language, Double> best = null;
        for (Map.Entry<Language, Double> e : values.entrySet()) {
            if (best == null || e.getValue() > best.getValue()) {
                best = e;
            }
        }
        detected = best.getKey();
        confidence = best.getValue();
        String code = code(detected);
        if (decl == null) {
            return code;
        }
        if (code == null || code.equals(decl)) {
            return decl;
        }
        // Overrule a declaration only when the text clearly says otherwise (templates often declare
        // the site's default language on pages in another one).
        Language declaredLang = language(decl);
        double declaredConfidence = declaredLang == null ? 0 : values.getOrDefault(declaredLang, 0.0);
        if (letters >= MIN_LETTERS_TO_OVERRULE && confidence >= OVERRULE_CONFIDENCE && declaredConfidence < 0.2) {
            return code;
        }
        return decl;
    }

    /** {@code "en-US"}, {@code "EN_gb"}, {@code "eng"} → {@code "en"}; null when not a language tag. */
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
            return t;
        }
        if (t.length() == 3) {
            Locale l = Locale.forLanguageTag(t);
            String two = l.getLanguage();
            return two.length() == 2 ? two : null;
        }
        return null;
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

    private static String sample(String text, String title) {
        String t = text == null ? "" : text;
        if (t.length() < 200 && title != null) {
            t = title + "\n" + t;
        }
        if (t.length() <= SAMPLE_CHARS) {
            return t;
        }
        // Middle of the body: openings carry datelines and bylines, ends carry boilerplate.
        int from = Math.max(0, t.length() / 2 - SAMPLE_CHARS / 2);
        return t.substring(from, from + SAMPLE_CHARS);
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
