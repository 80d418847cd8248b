package org.dateline.analyze.claim;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.analyze.Analysis;
import org.dateline.analyze.lang.LanguageData;
import org.dateline.analyze.lex.Data;
import org.dateline.analyze.lex.Lexed;
import org.dateline.analyze.lex.Token;
import org.dateline.analyze.lex.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds sentences that assert a fact with no source or a vague one: "It was reported that…",
 * "Earlier reports surfaced that…", "sources say", "reportedly", German "Berichten zufolge",
 * "hieß es", "soll … haben". The phrases are data ({@code hedges.json}); "..." in a phrase stands for
 * up to {@value #MAX_GAP} words. A sentence is left out when a quotation covers it (its speaker is
 * the source) or when it also names a source ("according to the ministry"). Linear: each token is
 * looked up once, and a gap is bounded. Immutable and thread-safe.
 */
public final class UnattributedFinder {

    private static final Map<String, UnattributedFinder> BY_LANGUAGE = new ConcurrentHashMap<>();
    static final int MAX_GAP = 10;
    /** Shorter than this, a sentence asserts too little to count ("Reportedly."). */
    private static final int MIN_WORDS = 5;

    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
    private final Attributions attributions;

    private UnattributedFinder(String language) {
        JsonNode h = LanguageData.load(language, "hedges");
        for (String phrase : Data.strings(h, "vague_sources")) {
            List<String> parts = new ArrayList<>();
            for (Token t : Tokenizer.tokenize(phrase)) {
                parts.add(t.lower());
            }
            // "..." tokenises as three dots: make it one gap marker.
            List<String> compact = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                if (".".equals(parts.get(i)) && i + 2 < parts.size() && ".".equals(parts.get(i + 1))
                        && ".".equals(parts.get(i + 2))) {
                    compact.add("...");
                    i += 2;
                } else {
                    compact.add(parts.get(i));
                }
            }
            if (!compact.isEmpty() && !"...".equals(compact.get(0))) {
                byFirstWord.computeIfAbsent(compact.get(0), k -> new ArrayList<>()).add(compact.toArray(new String[0]));
            }
        }
        attributions = Attributions.forLanguage(language);
    }

    public static UnattributedFinder forLanguage(String language) {
        return BY_LANGUAGE.computeIfAbsent(Data.languageFor(language, "hedges"), UnattributedFinder::new);
    }

    public List<String> find(Lexed lexed, List<Analysis.Quote> quotes) {
        List<String> out = new ArrayList<>();
        String text = lexed.string();
        for (Lexed.Sentence s : lexed.sentences()) {
            List<Token> t = s.tokens();
            int[] hedge = hedgeAt(t);
            if (hedge == null || words(t) < MIN_WORDS) {
                continue;
            }
            if (coveredByQuote(t.get(hedge[0]).start(), quotes, attributions)) {
                continue;
            }
            boolean named = false;
            for (Attributions.Source src : attributions.find(text, t)) {
                // A cue inside the vague phrase itself ("Berichten zufolge") names nobody.
                boolean inHedge = src.cue() >= hedge[0] && src.cue() < hedge[1];
                named |= !src.vague() && src.name() != null && !inHedge;
            }
            if (!named) {
                out.add(text.substring(s.start(), s.end()));
            }
        }
        return out;
    }

    /** The first vague-source phrase in the sentence as token indices {start, end}, or null. */
    private int[] hedgeAt(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            List<String[]> cands = byFirstWord.get(t.get(i).lower());
            if (cands == null) {
                continue;
            }
            for (String[] p : cands) {
                int end = matches(t, i, p);
                if (end > i) {
                    return new int[] {i, end};
                }
            }
        }
        return null;
    }

    /** The index after the phrase matched at i, or -1. */
    private static int matches(List<Token> t, int i, String[] p) {
        int j = i;
        for (int k = 0; k < p.length; k++) {
            if ("...".equals(p[k])) {
                if (k + 1 >= p.length) {
                    return j;
                }
                String want = p[k + 1];
                int limit = Math.min(t.size(), j + MAX_GAP + 1);
                int found = -1;
                for (int m = j; m < limit; m++) {
                    if (want.equals(t.get(m).lower())) {
                        found = m;
                        break;
                    }
                }
                if (found < 0) {
                    return -1;
                }
                j = found + 1;
                k++;
                continue;
            }
            if (j >= t.size() || !p[k].equals(t.get(j).lower())) {
                return -1;
            }
            j++;
        }
        return j;
    }

    /** Whether a quotation by a named speaker covers the offset ("It was reported" quoted from nobody does not). */
    private static boolean coveredByQuote(int offset, List<Analysis.Quote> quotes, Attributions attributions) {
        if (quotes == null) {
            return false;
        }
        for (Analysis.Quote q : quotes) {
            if (!"term".equals(q.kind()) && q.start() <= offset && offset < q.end() && attributions.names(q.speaker())) {
                return true;
            }
        }
        return false;
    }

    private static int words(List<Token> t) {
        int n = 0;
        for (Token x : t) {
            if (x.isWord() || x.isNumber()) {
                n++;
            }
        }
        return n;
    }
}
