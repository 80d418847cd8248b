package org.dateline.extract;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

import java.util.HashMap;
import java.util.Map;

/**
 * OpenNLP's language detector, evaluated faster: the same model, the same text normalisers, the
 * same features (the distinct lower-cased character 1- to 3-grams of the normalised text, each
 * counted once) and the same maximum-entropy arithmetic as {@code LanguageDetectorME}, with two
 * costs removed:
 * <ul>
 * <li>OpenNLP gathers the n-grams as {@code CharBuffer} keys of a hash map, then copies them to
 * strings; here they are packed into {@code long}s (three UTF-16 units and a length);</li>
 * <li>OpenNLP looks each n-gram up in a {@code HashMap<String, Context>} whose short keys collide
 * so often that its buckets turn into trees; here an open-addressing table of the packed keys,
 * built once when the model loads.</li>
 * </ul>
 * Measured on the bodies of extraction-dev ({@code Languages.settle}, mostly one 300-character
 * sample a page): about 350 µs a page with {@code LanguageDetectorME}, about 110 µs here; the
 * probabilities agree to 1e-9 (the sums run in another order), which {@code LanguageScorerTest}
 * checks against OpenNLP on real text.
 */
final class LanguageScorer {

    private static final int MAX_GRAM = 3;

    private final String[] outcomes;
    private final double logPrior;
    /**
     * Open addressing, two longs a slot side by side (one cache line holds both): the packed n-gram
     * (0 when empty), then where its parameters start in {@link #outcomeOf} and {@link #weights}
     * (high half) and how many there are (low half). The model's 146,000 n-grams and 1.3 million
     * parameters sit in three flat arrays instead of 146,000 objects, so a look-up touches about three
     * cache lines instead of five (it is bound by memory: the model is larger than the caches).
     */
    private final long[] table;
    private final int mask;
    private final int[] outcomeOf;
    private final double[] weights;
    /** Model features longer than {@link #MAX_GRAM} units (none in OpenNLP's model; kept for safety). */
    private final Map<String, Context> longer = new HashMap<>();

    LanguageScorer(LanguageDetectorModel model) {
        AbstractModel m = (AbstractModel) model.getMaxentModel();
        Object[] data = m.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        outcomes = (String[]) data[2];
        // UniformPrior, as GISModel uses when none is given
        logPrior = StrictMath.log(1.0 / outcomes.length);
        // at most 3/4 full
        int capacity = Integer.highestOneBit(Math.max(16, pmap.size() * 4 / 3)) << 1;
        table = new long[capacity * 2];
        mask = capacity - 1;
        int params = 0;
        for (Context c : pmap.values()) {
            params += c.getOutcomes().length;
        }
        outcomeOf = new int[params];
        weights = new double[params];
        int at = 0;
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            String k = e.getKey();
            if (k.isEmpty() || k.length() > MAX_GRAM) {
                longer.put(k, e.getValue());
                continue;
            }
            long key = pack(k, 0, k.length());
            int i = slot(key);
            int[] os = e.getValue().getOutcomes();
            double[] ps = e.getValue().getParameters();
            System.arraycopy(os, 0, outcomeOf, at, os.length);
            System.arraycopy(ps, 0, weights, at, os.length);
            table[2 * i] = key;
            table[2 * i + 1] = (long) at << 32 | os.length;
            at += os.length;
        }
    }

    /** The outcome (ISO 639-3 code) of each index of {@link #probabilities}. */
    String outcome(int i) {
        return outcomes[i];
    }

    int outcomes() {
        return outcomes.length;
    }

    /** Probability of each outcome for this text, as {@code LanguageDetectorME.predictLanguages} computes it. */
    double[] probabilities(CharSequence text) {
        String norm = lowerCase(normalize(text));
        double[] sums = new double[outcomes.length];
        java.util.Arrays.fill(sums, logPrior);
        int len = norm.length();
        // each distinct n-gram counts once
        long[] seen = new long[Integer.highestOneBit(Math.max(16, len * MAX_GRAM * 2)) << 1];
        int seenMask = seen.length - 1;
        for (int n = 1; n <= MAX_GRAM; n++) {
            for (int i = 0; i + n <= len; i++) {
                long key = pack(norm, i, i + n);
                int h = mix(key) & seenMask;
                boolean fresh = true;
                while (seen[h] != 0) {
                    if (seen[h] == key) {
                        fresh = false;
                        break;
                    }
                    h = (h + 1) & seenMask;
                }
                if (!fresh) {
                    continue;
                }
                seen[h] = key;
                int at = slot(key);
                if (table[2 * at] != 0) {
                    long range = table[2 * at + 1];
                    int from = (int) (range >>> 32);
                    int to = from + (int) range;
                    for (int j = from; j < to; j++) {
                        sums[outcomeOf[j]] += weights[j];
                    }
                }
            }
        }
        if (!longer.isEmpty()) {
            for (Map.Entry<String, Context> e : longer.entrySet()) {
                if (norm.contains(e.getKey())) {
                    add(e.getValue(), sums);
                }
            }
        }
        double normal = 0;
        for (int o = 0; o < sums.length; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            normal += sums[o];
        }
        for (int o = 0; o < sums.length; o++) {
            sums[o] /= normal;
        }
        return sums;
    }

    /**
     * The normalisers of OpenNLP's language detector factory, in its order (emoji, links and
     * e-mail addresses, hashtags and handles and smileys and laughs, digits, repeats and runs of
     * white space). Each runs only when the text holds what it could change: they are regular
     * expressions run over the whole sample, and on article text most of them change nothing
     * (measured: 150 of the 200 µs a sample took).
     */
    static CharSequence normalize(CharSequence text) {
        CharSequence t = text;
        if (has(t, Guard.EMOJI)) {
            t = removeEmoji(t);
        }
        if (has(t, Guard.LINK)) {
            t = UrlCharSequenceNormalizer.getInstance().normalize(t);
        }
        if (has(t, Guard.TWITTER)) {
            t = TwitterCharSequenceNormalizer.getInstance().normalize(t);
        }
        if (has(t, Guard.DIGIT)) {
            t = NumberCharSequenceNormalizer.getInstance().normalize(t);
        }
        if (has(t, Guard.SHRINK)) {
            t = ShrinkCharSequenceNormalizer.getInstance().normalize(t);
        }
        return t;
    }

    /**
     * As OpenNLP's emoji normaliser (each run of the characters its expression matches becomes one
     * space), without the regular expression for text of the basic plane (the hyphen is one of those
     * characters, so this runs on most samples); text with surrogates goes to the normaliser itself.
     */
    private static CharSequence removeEmoji(CharSequence t) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            if (Character.isSurrogate(t.charAt(i))) {
                return EmojiCharSequenceNormalizer.getInstance().normalize(t);
            }
        }
        StringBuilder b = new StringBuilder(n);
        boolean inRun = false;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (EMOJI_CHANGES.get(c)) {
                if (!inRun) {
                    b.append(' ');
                    inRun = true;
                }
            } else {
                b.append(c);
                inRun = false;
            }
        }
        return b.toString();
    }

    private enum Guard { EMOJI, LINK, TWITTER, DIGIT, SHRINK }

    /**
     * The characters OpenNLP's emoji normaliser removes, asked of the normaliser itself: its
     * expression, written for surrogate ranges, also matches plain characters such as the hyphen.
     */
    private static final java.util.BitSet EMOJI_CHANGES = emojiChanges();

    private static java.util.BitSet emojiChanges() {
        java.util.BitSet out = new java.util.BitSet(0x10000);
        EmojiCharSequenceNormalizer emoji = EmojiCharSequenceNormalizer.getInstance();
        for (int c = 0; c < 0x10000; c++) {
            if (c >= 0xD800 && c <= 0xDFFF) {
                continue;
            }
            String one = String.valueOf((char) c);
            if (!emoji.normalize(one).toString().equals(one)) {
                out.set(c);
            }
        }
        return out;
    }

    /**
     * Whether a normaliser could change the text: a necessary condition of a match of one of its
     * expressions (so skipping it when false changes nothing).
     */
    private static boolean has(CharSequence s, Guard g) {
        int n = s.length();
        if (g == Guard.SHRINK && n > 0 && (s.charAt(0) <= ' ' || s.charAt(n - 1) <= ' ')) {
            return true; // it trims
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : 0;
            switch (g) {
                case EMOJI:
                    if (c >= '\uD800' && c <= '\uDFFF' || EMOJI_CHANGES.get(c)) {
                        return true;
                    }
                    break;
                case LINK:
                    // https?://... and ...@...
                    if (c == '@' || c == ':' && next == '/') {
                        return true;
                    }
                    break;
                case TWITTER:
                    // [#@]\S+, \b(rt[ :])+, [:;x]-?[()dop] and ([hj])+([aieou])+(\1+\2+)+, the last three
                    // ignoring case: a laugh holds a vowel followed by h or j
                    if (c == '#' || c == '@'
                            || (c == 'r' || c == 'R') && (next == 't' || next == 'T') && i + 2 < n
                                && (s.charAt(i + 2) == ' ' || s.charAt(i + 2) == ':')
                            || isVowel(c) && (next == 'h' || next == 'H' || next == 'j' || next == 'J')) {
                        return true;
                    }
                    if (c == ':' || c == ';' || c == 'x' || c == 'X') {
                        char m = next == '-' && i + 2 < n ? s.charAt(i + 2) : next;
                        if ("()dopDOP".indexOf(m) >= 0 && m != 0) {
                            return true;
                        }
                    }
                    break;
                case DIGIT:
                    // \d (ASCII digits)
                    if (c >= '0' && c <= '9') {
                        return true;
                    }
                    break;
                default:
                    // \s{2,} and (.)\1{2,} ignoring case
                    if (isSpace(c) && isSpace(next)
                            || i + 2 < n && sameIgnoringCase(c, next) && sameIgnoringCase(c, s.charAt(i + 2))) {
                        return true;
                    }
                    break;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return "aeiouAEIOU".indexOf(c) >= 0;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean sameIgnoringCase(char a, char b) {
        return a == b || Character.toLowerCase(a) == Character.toLowerCase(b) || Character.toUpperCase(a) == Character.toUpperCase(b);
    }

    private static void add(Context c, double[] sums) {
        int[] os = c.getOutcomes();
        double[] ps = c.getParameters();
        for (int j = 0; j < os.length; j++) {
            sums[os[j]] += ps[j];
        }
    }

    /** As OpenNLP's {@code StringUtil.toLowerCaseCharBuffer}: code point by code point. */
    private static String lowerCase(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            b.appendCodePoint(Character.toLowerCase(cp));
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** Up to three UTF-16 units and the length, never 0. */
    private static long pack(CharSequence s, int from, int to) {
        long k = to - from;
        for (int i = from; i < to; i++) {
            k = k << 16 | s.charAt(i);
        }
        return k << (16 * (MAX_GRAM - (to - from)));
    }

    private int slot(long key) {
        int i = mix(key) & mask;
        while (table[2 * i] != 0 && table[2 * i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32);
    }
}
