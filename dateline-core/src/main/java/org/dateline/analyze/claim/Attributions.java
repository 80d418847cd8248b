package org.dateline.analyze.claim;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.analyze.Analysis;
import org.dateline.analyze.lang.LanguageData;
import org.dateline.analyze.lex.Data;
import org.dateline.analyze.lex.Phrases;
import org.dateline.analyze.lex.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who a sentence attributes its statements to, read from the sentence alone: "according to X",
 * "X reported (that)", "…, says X", and German "laut X", "X zufolge". This is the fallback for
 * claims that no quotation covers: a quotation's speaker, when there is one, wins. Vague subjects
 * ("It was reported", "sources said") give a {@link Source#vague() vague} source with no name.
 * Language words come from {@code lang/<code>/hedges.json} and {@code entities.json} (role words).
 * Immutable and thread-safe; each sentence is read once with bounded look-around.
 */
public final class Attributions {

    private static final Map<String, Attributions> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final int MAX_SOURCE_WORDS = 10;

    /**
     * A source in a sentence: its name (null when vague or a bare pronoun), the token index of its
     * cue, and whether it is vague.
     */
    public record Source(String name, int cue, boolean vague, boolean pronoun, int from, int to, boolean framing) {

        Source(String name, int cue, boolean vague, boolean pronoun, int from, int to) {
            this(name, cue, vague, pronoun, from, to, false);
        }

        /** The same source, marked as framing what follows ("reported that …"). */
        Source asFraming() {
            return new Source(name, cue, vague, pronoun, from, to, true);
        }

        /** Whether token {@code i} lies in the source phrase or its cue. */
        public boolean covers(int i) {
            return i >= from && i < to || i == cue;
        }
    }

    private final Phrases<String> accordingTo;
    private final Set<String> accordingToAfter;
    private final Set<String> verbs;
    private final Set<String> nounLikeVerbs;
    private final Set<String> vagueSubjects;
    private final Set<String> pronouns;
    private final Set<String> determiners;
    private final Set<String> passive;
    private final Set<String> complementizers;
    private final Set<String> fillers;
    private final Set<String> subjectStops;
    private final Set<String> sourceBadStarts;
    private final Set<String> sourceNouns;
    private final String titleOpen;
    private final String titleClose;
    private final Set<String> notNames;
    private final Set<String> badFirstSuffixes;
    private final Set<String> timeWords;
    private final Set<String> adverbSuffixes;
    private final Phrases<Boolean> roleWords;
    private final Set<String> roleSuffixes;
    /** {@link #roleSuffixes} by their last character. */
    private final org.dateline.analyze.lex.Suffixes roleSuffixIndex;

    private Attributions(String language) {
        JsonNode h = LanguageData.load(language, "hedges");
        JsonNode e = LanguageData.load(Data.languageFor(language, "entities"), "entities");
        accordingTo = Data.phraseList(h, "according_to");
        accordingToAfter = Data.lowerSet(h, "according_to_after");
        verbs = Data.lowerSet(h, "reporting_verbs");
        nounLikeVerbs = Data.lowerSet(h, "noun_like_verbs");
        vagueSubjects = Data.lowerSet(h, "vague_subjects");
        pronouns = Data.lowerSet(h, "pronouns");
        determiners = Data.lowerSet(h, "determiners");
        passive = Data.lowerSet(h, "passive_auxiliaries");
        complementizers = Data.lowerSet(h, "complementizers");
        fillers = Data.lowerSet(h, "subject_verb_fillers");
        subjectStops = Data.lowerSet(h, "source_stop_words");
        sourceBadStarts = Data.lowerSet(h, "source_bad_starts");
        sourceNouns = Data.lowerSet(h, "source_nouns");
        List<String> title = Data.strings(h, "title_quotes");
        titleOpen = title.size() == 2 ? title.get(0) : "\"";
        titleClose = title.size() == 2 ? title.get(1) : "\"";
        badFirstSuffixes = Data.lowerSet(h, "source_bad_first_suffixes");
        JsonNode time = LanguageData.load(Data.languageFor(language, "time"), "time");
        timeWords = new java.util.HashSet<>();
        timeWords.addAll(Data.map(time.path("weekdays")).keySet());
        timeWords.addAll(Data.map(time.path("months")).keySet());
        timeWords.addAll(Data.map(time.path("relative_days")).keySet());
        timeWords.addAll(Data.map(time.path("units")).keySet());
        adverbSuffixes = Data.lowerSet(h, "adverb_suffixes");
        roleWords = Phrases.of(Data.strings(e, "role_words"));
        roleSuffixes = Data.lowerSet(e, "role_suffixes");
        roleSuffixIndex = new org.dateline.analyze.lex.Suffixes(roleSuffixes);
        notNames = Data.lowerSet(e, "not_names");
    }

    public static Attributions forLanguage(String language) {
        return BY_LANGUAGE.computeIfAbsent(Data.languageFor(language, "hedges"), Attributions::new);
    }

    /** The sources a sentence names, in token order. */
    public List<Source> find(String text, List<Token> t) {
        List<Source> out = new ArrayList<>(2);
        int n = t.size();
        for (int i = 0; i < n; i++) {
            Token tok = t.get(i);
            if (!tok.isWord()) {
                continue;
            }
            Phrases.Match<String> acc = accordingTo.longest(t, i);
            if (acc != null) {
                int end = phraseEnd(t, acc.end(), n);
                if (end > acc.end()) {
                    Source src = source(text, t, acc.end(), end, i);
                    if (src != null) {
                        out.add(src);
                    }
                    i = end - 1;
                    continue;
                }
            }
            if (accordingToAfter.contains(tok.lower()) && i > 0) {
                int start = phraseStartBefore(t, i);
                Source src = start < i ? source(text, t, start, i, i) : null;
                if (src != null) {
                    out.add(src);
                }
                continue;
            }
            if (verbs.contains(tok.lower()) && !tok.capitalized()) {
                Source s = aroundVerb(text, t, i);
                if (s != null) {
                    boolean framing = s.to() <= i && i + 1 < n && complementizers.contains(t.get(i + 1).lower());
                    out.add(framing ? s.asFraming() : s);
                }
            }
        }
        return out;
    }

    /** The source of the speech in a quotation: its resolved name, else its mention unless a pronoun. */
    public String sourceOf(Analysis.Speaker s) {
        if (s == null) {
            return null;
        }
        if (s.name() != null && !s.name().isBlank()) {
            String m = s.mention();
            if ("document".equals(s.type()) && m != null && !m.contains(s.name())) {
                // A document named by its title: "a UN-endorsed report" + "Children of Islamic State"
                // → "UN-endorsed report “Children of Islamic State”".
                return stripDeterminer(m) + " " + titleOpen + s.name() + titleClose;
            }
            return s.name();
        }
        String m = s.mention();
        if (m == null || m.isBlank() || pronouns.contains(m.toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        return m;
    }

    /**
     * Whether a quotation's speaker names a real source: a resolved name, or a mention that is
     * neither a pronoun nor vague ("sources", "it", "reports").
     */
    public boolean names(Analysis.Speaker s) {
        String src = sourceOf(s);
        if (src == null) {
            return false;
        }
        String[] words = src.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        String first = words[0];
        if ((determiners.contains(first)) && words.length > 1) {
            first = words[1];
        }
        return !vagueSubjects.contains(first) && !vagueSubjects.contains(words[words.length - 1]);
    }

    private Source aroundVerb(String text, List<Token> t, int v) {
        int n = t.size();
        // Subject before the verb: "The Russian Defense Ministry reported that".
        int k = v - 1;
        boolean passiveVoice = false;
        while (k >= 0 && t.get(k).isWord() && (passive.contains(t.get(k).lower()) || isAdverb(t.get(k).lower()))) {
            passiveVoice |= passive.contains(t.get(k).lower());
            k--;
        }
        if (k >= 0 && t.get(k).isWord()) {
            int start = phraseStartBefore(t, k + 1);
            if (start > k) {
                return null;
            }
            Token head = t.get(k);
            if (nounLikeVerbs.contains(t.get(v).lower())
                    && !(head.capitalized() && k > 0) && !pronouns.contains(head.lower())) {
                return null;
            }
            Source s = source(text, t, start, k + 1, v);
            if (s == null) {
                return null;
            }
            if (passiveVoice && !s.vague() && s.name() != null && !containsCapital(t, start, k + 1)) {
                return null; // "the figures were reported": not a source
            }
            return s;
        }
        // Inverted after a quotation or a comma: "…, says Chichakyan".
        if (k >= 0 && (t.get(k).is(',') || isQuote(t.get(k))) && v + 1 < n && t.get(v + 1).isWord()) {
            int end = phraseEnd(t, v + 1, n);
            Token first = t.get(v + 1);
            // The subject after the verb is a name, a determiner or a pronoun: "says Chichakyan", "said the ministry".
            boolean nominal = first.capitalized() || determiners.contains(first.lower()) || pronouns.contains(first.lower());
            if (end > v + 1 && nominal) {
                return source(text, t, v + 1, end, v);
            }
        }
        return null;
    }

    /** The source named by tokens [a, b): vague, a pronoun, or a name. */
    private Source source(String text, List<Token> t, int a, int b, int cue) {
        if (a > 0 && (t.get(a - 1).isNumber() || t.get(a - 1).is('%'))) {
            return null; // "54% of Republican voters said": a share of a group, not a source
        }
        if (a < b && sourceBadStarts.contains(t.get(a).lower())) {
            return null;
        }
        // "The Russian Defense Ministry" → "Russian Defense Ministry"; "the report" stays as written.
        while (a + 1 < b && determiners.contains(t.get(a).lower()) && t.get(a + 1).capitalized()) {
            a++;
        }
        if (a >= b) {
            return new Source(null, cue, true, false, a, b);
        }
        String first = t.get(a).lower();
        int apostrophe = first.indexOf('\'');
        if (apostrophe > 0) {
            first = first.substring(0, apostrophe); // "I'll", "he'd"
        }
        if (pronouns.contains(first)) {
            return new Source(null, cue, false, true, a, b);
        }
        if (subjectStops.contains(first)) {
            return null; // "said in a statement": no source here
        }
        if (vagueSubjects.contains(first) || vagueSubjects.contains(t.get(b - 1).lower()) && !containsCapital(t, a, b)) {
            return new Source(null, cue, true, false, a, b);
        }
        // A source is a name, or a noun of the kind that states things ("the ministry", "researchers"):
        // never a time ("said Friday", "this week"), never a verb phrase ("seizing upon").
        boolean named = false;
        for (int i = a; i < b; i++) {
            Token x = t.get(i);
            String l = x.lower();
            if (timeWords.contains(l) || subjectStops.contains(l) && i > a) {
                return null;
            }
            named |= x.capitalized() && !notNames.contains(l) || sourceNouns.contains(l) || isRole(l);
        }
        if (!named || !t.get(a).capitalized() && hasSuffix(first, badFirstSuffixes)) {
            return null;
        }
        String name = name(text, t, a, b);
        return name == null ? null : new Source(name, cue, false, false, a, b);
    }

    /**
     * The name in a source phrase: the capitalised words after its last role word ("Russia's defense
     * minister Sergey Shoigu" → "Sergey Shoigu"), else the phrase ("UN-endorsed report").
     */
    private String name(String text, List<Token> t, int a, int b) {
        int lastRole = -1;
        for (int i = a; i < b; i++) {
            // A role word, or an owner's possessive before a name: "RT`s Gayane Chichakyan".
            if (isRole(t.get(i).lower()) || t.get(i).lower().endsWith("'s") && i + 2 < b) {
                lastRole = i;
            }
        }
        if (lastRole >= 0 && lastRole + 1 < b && t.get(lastRole + 1).capitalized()) {
            int e = lastRole + 1;
            while (e < b && (t.get(e).capitalized() || t.get(e).is('.') || t.get(e).is('-'))) {
                e++;
            }
            return strip(text.substring(t.get(lastRole + 1).start(), t.get(e - 1).end()));
        }
        return strip(text.substring(t.get(a).start(), t.get(b - 1).end()));
    }

    private static boolean hasSuffix(String lower, Set<String> suffixes) {
        for (String s : suffixes) {
            if (lower.endsWith(s) && lower.length() > s.length() + 2) {
                return true;
            }
        }
        return false;
    }

    private boolean isRole(String lower) {
        if (roleWords.containsWord(lower)) {
            return true;
        }
        return roleSuffixIndex.endsWordOf(lower, -1);
    }

    private String stripDeterminer(String mention) {
        int sp = mention.indexOf(' ');
        if (sp > 0 && determiners.contains(mention.substring(0, sp).toLowerCase(java.util.Locale.ROOT))) {
            return mention.substring(sp + 1);
        }
        return mention;
    }

    private static String strip(String s) {
        int n = s.length();
        if (n > 2 && (s.endsWith("'s") || s.endsWith("’s") || s.endsWith("`s"))) {
            return s.substring(0, n - 2);
        }
        return s;
    }

    /** Where a source phrase after a cue ends: at punctuation, "that", a verb of speech, or 10 words. */
    private int phraseEnd(List<Token> t, int from, int n) {
        int j = from;
        while (j < n && j - from < MAX_SOURCE_WORDS) {
            Token c = t.get(j);
            if (c.isWord() && !complementizers.contains(c.lower()) && !(j > from && subjectStops.contains(c.lower()))) {
                j++;
            } else if (c.is('.') && j > from && t.get(j - 1).isWord() && t.get(j - 1).text().length() == 1
                    && t.get(j - 1).capitalized() && t.get(j - 1).touches(c) && j + 1 < n && t.get(j + 1).capitalized()) {
                j++; // an initial: "Jeffrey N. Trimble"
            } else if ((c.is('-') || c.is('\'') || c.is('’') || c.is('`') || c.is('.')) && j > from && t.get(j - 1).touches(c)
                    && j + 1 < n && c.touches(t.get(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** Where a source phrase before index {@code end} starts: after punctuation or the sentence start. */
    private int phraseStartBefore(List<Token> t, int end) {
        int j = end;
        while (j > 0 && end - j < MAX_SOURCE_WORDS) {
            Token c = t.get(j - 1);
            if (c.isWord() && !complementizers.contains(c.lower()) && !subjectStops.contains(c.lower())
                    && !(verbs.contains(c.lower()) && !c.capitalized())) {
                j--;
            } else if ((c.is('-') || c.is('.')) && j - 1 > 0 && t.get(j - 2).touches(c) && c.touches(t.get(j))) {
                j--;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean containsCapital(List<Token> t, int a, int b) {
        for (int i = a; i < b; i++) {
            if (t.get(i).capitalized() && i > 0) {
                return true;
            }
        }
        return false;
    }

    /** Words allowed between a subject and its verb of speech: "The report also argues", "he has said". */
    private boolean isAdverb(String lower) {
        if (fillers.contains(lower)) {
            return true;
        }
        for (String suffix : adverbSuffixes) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length() + 2) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuote(Token t) {
        return t.is('"') || t.is('”') || t.is('“') || t.is('’') || t.is('\'') || t.is('»') || t.is('«');
    }
}
