package org.dateline.analyze.quote;

import org.dateline.analyze.lex.Token;

import java.util.List;

/**
 * Finds the speaker phrase of a cue: the noun phrase before it ("Kirby said", "the ministry's
 * spokesman said"), after it ("said Kirby", "sagte der Staatsanwalt") or set off by appositives
 * ("Scott Pruitt, the attorney general, said"; "A lawyer for the outlets, David Schulz, said"), as
 * token ranges of one sentence. Looks at a bounded window of tokens around the cue.
 */
final class SpeakerPhrase {

    /** Tokens a noun phrase may span; longer runs are not a speaker. */
    private static final int MAX_NP = 12;

    private final SpeechLexicon lex;
    private final Terms terms;

    SpeakerPhrase(SpeechLexicon lex, Terms terms) {
        this.lex = lex;
        this.terms = terms;
    }

    /** The comma that closes an appositive opened at {@code comma}, or {@code comma}. */
    int appositiveEnd(List<Token> toks, int comma) {
        for (int k = comma + 1; k < toks.size() && k - comma < 12; k++) {
            if (toks.get(k).is(",")) {
                return k;
            }
            if (toks.get(k).isQuote() || toks.get(k).is(":")) {
                break;
            }
        }
        return comma;
    }

    /**
     * The start of a time phrase ending right before {@code l} ("this month", "last Tuesday",
     * "earlier this week"), or {@code l}: it stands between a subject and its verb, and is
     * never the subject itself.
     */
    int timeBefore(List<Token> toks, int l) {
        // German puts a fronted time phrase alone before the finite verb ("Erst vergangene Woche
        // kündigte der Konzern an"): the subject follows the verb, nothing stands before the phrase.
        if (lex.grammar.verbSecond() || l < 2 || !toks.get(l - 1).isWord() || !lex.timeNouns.contains(toks.get(l - 1).lower())) {
            return l;
        }
        int k = l - 1;
        if (!toks.get(k - 1).isWord() || !lex.timeModifiers.contains(toks.get(k - 1).lower())) {
            return l;
        }
        k--;
        if (k > 0 && toks.get(k - 1).isWord() && lex.timeModifiers.contains(toks.get(k - 1).lower())) {
            k--; // "earlier this month"
        }
        // A subject must remain before it: "This week saw …" has none.
        return k > 0 && !toks.get(k - 1).isBoundary() && !toks.get(k - 1).is(",") ? k : l;
    }

    /**
     * The end of a subject after its verb ("said Kirby", "said the official in a statement"): a
     * name, a determiner phrase or a role, followed by the end of the clause or an adverbial;
     * {@code from} when none.
     */
    int invertedNP(List<Token> toks, int from, int particleAt) {
        int n = toks.size();
        if (from >= n || !toks.get(from).isWord()) {
            return from;
        }
        Token f = toks.get(from);
        String w = f.lower();
        boolean firstOk = f.capitalized() && !lex.notNames.contains(w) || lex.determiners.contains(w)
                || lex.possessives.contains(w) || lex.people.contains(w) || lex.organizationWords.contains(w)
                || lex.documentWords.contains(w) || lex.pronouns.containsKey(w) && !lex.impersonalSubjects.contains(w)
                || f.capitalized() && lex.honorifics.contains(w);
        int start = from;
        if (!firstOk && !lex.grammar.nounsCapitalized()) {
            // "said 9/11 widow Terry Strada", "said retired Air Force general Lloyd Newton": lower-case
            // modifiers before a name. At most three, none a word that opens a clause or an adverbial.
            int k = from;
            while (k < n && k - from < 3 && toks.get(k).isWord() && !toks.get(k).capitalized()
                    && !lex.clauseWords.contains(toks.get(k).lower()) && !lex.adverbialStarts.contains(toks.get(k).lower())
                    && !lex.complementizers.contains(toks.get(k).lower()) && lex.verbAt(toks, k) == null) {
                k++;
            }
            if (k > from && k < n && toks.get(k).isWord() && toks.get(k).capitalized()
                    && !lex.notNames.contains(toks.get(k).lower())) {
                start = k;
                firstOk = true;
            }
        }
        if (!firstOk) {
            return from;
        }
        int end = rightNP(toks, start, false);
        if (end <= start) {
            return from;
        }
        if (end >= n || end == particleAt || lex.grammar.verbSecond()) {
            return end;
        }
        Token x = toks.get(end);
        boolean follower = x.isQuote() || x.kind() == Token.Kind.PUNCT && !x.isPossessive()
                || x.isWord() && (lex.adverbialStarts.contains(x.lower()) || lex.complementizers.contains(x.lower()));
        return follower ? end : from;
    }

    /** A German sentence opener that is an adverb, not a subject ("Ähnlich", "Anschließend"). */
    boolean fronted(Token t0) {
        String w = t0.lower();
        if (lex.pronouns.containsKey(w)) {
            return false;
        }
        return lex.notNames.contains(w) || lex.grammar.adverb(w);
    }

    /** A head a verb that is also a noun ("reports", "claims") needs before it to be a verb. */
    boolean nominalHead(Token h, List<Token> toks, int end) {
        return h.capitalized() || lex.pronouns.containsKey(h.lower())
                || lex.phraseEndingAt(lex.people, toks, end, 0) > 0
                || lex.phraseEndingAt(lex.organizationWords, toks, end, 0) > 0
                || lex.phraseEndingAt(lex.documentWords, toks, end, 0) > 0;
    }

    /** A lower-case reporting verb that is not also a common noun: ends a noun phrase. */
    boolean isVerb(List<Token> toks, int k) {
        if (!toks.get(k).lowercase()) {
            return false;
        }
        SpeechLexicon.Form f = lex.verbAt(toks, k);
        return f != null && !f.ambiguous();
    }

    /** Skips ", the assistant leader of the Democratic caucus," after an inverted subject. */
    int skipAppositive(List<Token> toks, int c) {
        int n = toks.size();
        if (c < n && toks.get(c).is("(")) {
            int k = c;
            while (k < n && !toks.get(k).is(")") && k - c < 10) {
                k++;
            }
            c = k < n ? k + 1 : c;
        }
        if (c + 1 < n && toks.get(c).is(",") && toks.get(c + 1).isWord()
                && (lex.determiners.contains(toks.get(c + 1).lower()) || lex.people.contains(toks.get(c + 1).lower())
                || lex.relativePronouns.contains(toks.get(c + 1).lower()))) {
            int k = c + 1;
            while (k < n && !toks.get(k).is(",") && !toks.get(k).is(".") && !toks.get(k).is(":") && k - c < 16) {
                k++;
            }
            return k;
        }
        return c;
    }

    /**
     * The start of the noun phrase that ends right before {@code end} (a pronoun, a name with its
     * titles and roles, or a determiner phrase), or -1 when none stands there.
     */
    int leftNP(List<Token> toks, int end) {
        if (end <= 0) {
            return -1;
        }
        Token last = toks.get(end - 1);
        if (last.is(")")) {
            // "Patrick Kamanda von der Behörde Ugandas (NEMA) sagte": the phrase before the parenthesis.
            int o = end - 2;
            while (o >= 0 && !toks.get(o).is("(") && end - o < 16) {
                o--;
            }
            if (o <= 0 || !toks.get(o).is("(")) {
                return -1;
            }
            int inner = leftNP(toks, o);
            return inner;
        }
        if (!last.isWord()) {
            return -1;
        }
        if (lex.pronouns.containsKey(last.lower()) || lex.relativePronouns.contains(last.lower())) {
            return end - 1;
        }
        if (lex.impersonalSubjects.contains(last.lower())) {
            return -1;
        }
        if (lex.clauseWords.contains(last.lower()) || lex.determiners.contains(last.lower())
                && !(last.capitalized() && end - 1 == 0)) {
            return -1;
        }
        if (lex.grammar.nounsCapitalized() && !last.capitalized()) {
            return -1; // German nouns are capitalised: a lower-case word is no subject
        }
        boolean headOk = last.capitalized() && !lex.notNames.contains(last.lower())
                || lex.phraseEndingAt(lex.people, toks, end, 0) > 0
                || lex.phraseEndingAt(lex.organizationWords, toks, end, 0) > 0
                || lex.phraseEndingAt(lex.documentWords, toks, end, 0) > 0;
        if (last.capitalized() && end - 1 == 0 && lex.notNames.contains(last.lower())) {
            return -1;
        }
        int start = end - 1;
        boolean det = false;
        int k = end - 1;
        while (k >= 0 && end - k <= MAX_NP + 8) {
            Token x = toks.get(k);
            if (x.isPossessive()) {
                k--;
                continue;
            }
            if (x.is(")") && k < end - 1) {
                // "Patrick Kamanda von der Behörde Ugandas (NEMA) sagte": over the parenthesis.
                int o = k - 1;
                while (o >= 0 && !toks.get(o).is("(") && k - o < 15) {
                    o--;
                }
                if (o < 0 || !toks.get(o).is("(")) {
                    break;
                }
                k = o - 1;
                continue;
            }
            if (!x.isWord()) {
                break;
            }
            String w = x.lower();
            if (lex.grammar.nounsCapitalized() && k > 0 && k < end - 1 && toks.get(k - 1).capitalized()
                    && (lex.genitiveLinks.contains(w) && !lex.clauseWords.contains(w) || lex.genitiveLinks.contains(w)
                    && toks.get(k + 1).capitalized())) {
                // German genitive and "von" after a noun: "der Sprecher des Ministeriums".
                k--;
                continue;
            }
            if (lex.grammar.nounsCapitalized() && k > 1 && k < end - 1 && lex.determiners.contains(w)
                    && toks.get(k - 1).isWord() && lex.genitiveLinks.contains(toks.get(k - 1).lower())
                    && toks.get(k - 2).capitalized()) {
                k -= 2; // "Kamanda von der Behörde"
                continue;
            }
            if (!lex.grammar.nounsCapitalized() && w.equals("the") && k >= 2 && toks.get(k - 1).isWord()
                    && lex.genitiveLinks.contains(toks.get(k - 1).lower()) && toks.get(k - 2).isWord()
                    && (toks.get(k - 2).capitalized() && !lex.notNames.contains(toks.get(k - 2).lower())
                    || lex.people.contains(toks.get(k - 2).lower()))) {
                // "Mr. Morgan of the Sierra Club said", "a spokesman for the agency said": the
                // organisation completes the head before it.
                k -= 2;
                start = k;
                headOk = true;
                continue;
            }
            if (lex.determiners.contains(w)) {
                start = k;
                det = true;
                break;
            }
            if (lex.possessives.contains(w)) {
                start = k;
                det = true;
                break;
            }
            if (lex.clauseWords.contains(w) && !(lex.nameLinks.contains(w) && k > 0 && toks.get(k - 1).capitalized()
                    && toks.get(k + 1).capitalized())) {
                break;
            }
            if (lex.pronouns.containsKey(w) && k < end - 1) {
                break;
            }
            if (x.capitalized() && k > 0 && lex.notNames.contains(w) && !lex.honorifics.contains(w)) {
                break;
            }
            if (x.capitalized() && k == 0 && lex.notNames.contains(w)) {
                break;
            }
            if (x.lowercase() && !lex.grammar.inflectsAdjectives()
                    && (lex.grammar.adverb(w) || lex.grammar.participle(w) && !lex.roles.contains(w)) && k < end - 1) {
                break;
            }
            if (x.lowercase() && lex.grammar.inflectsAdjectives() && !lex.grammar.inflectedAdjective(w)) {
                break; // before a German noun only inflected adjectives
            }
            if (k < end - 1 && isVerb(toks, k)) {
                break;
            }
            start = k;
            k--;
        }
        if (!headOk && !det) {
            return -1;
        }
        // A noun after a preposition is not a subject: "Am Montag sagte …", "In Texas, he said".
        if (start > 0 && toks.get(start - 1).isWord() && lex.prepositions.contains(toks.get(start - 1).lower())) {
            return -1;
        }
        if (!headOk && last.lowercase() && (lex.grammar.participle(last.lower()) || lex.grammar.adverb(last.lower()))) {
            return -1;
        }
        return start;
    }

    /**
     * The end of the noun phrase starting at {@code from} ({@code from} when none): an optional
     * determiner, modifiers, a head (a name, a role, an organisation or a document word), and
     * what completes the head ("of the Institute", "'s “Morning Joe”"). Looks ahead at most
     * three tokens for a head, so the cost is bounded.
     */
    int rightNP(List<Token> toks, int from, boolean source) {
        int n = toks.size();
        if (from >= n || !toks.get(from).isWord()) {
            return from;
        }
        Token f = toks.get(from);
        if (lex.pronouns.containsKey(f.lower())) {
            return lex.impersonalSubjects.contains(f.lower()) && !source ? from : from + 1;
        }
        int k = from;
        if (lex.determiners.contains(f.lower()) || lex.possessives.contains(f.lower())) {
            k++;
        }
        int headEnd = -1;
        while (k < n && k - from < MAX_NP) {
            Token x = toks.get(k);
            if (x.isPossessive()) {
                if (headEnd != k) {
                    break;
                }
                k++;
                headEnd = -1;
                if (k < n && toks.get(k).isQuote()) {
                    k++;
                    headEnd = k; // a title after a possessive: MSNBC's “Morning Joe”
                }
                continue;
            }
            if (x.isQuote()) {
                if (source && headEnd == k) {
                    headEnd = k + 1;
                }
                break;
            }
            if (!x.isWord()) {
                break;
            }
            String w = x.lower();
            if (headEnd == k) {
                if ((lex.genitiveLinks.contains(w) || lex.nameLinks.contains(w)) && k + 1 < n
                        && toks.get(k + 1).isWord() && !lex.clauseWords.contains(toks.get(k + 1).lower())
                        && (toks.get(k + 1).capitalized() || lex.determiners.contains(toks.get(k + 1).lower())
                        || lex.grammar.inflectsAdjectives() && lex.genitiveLinks.contains(w) && (hasDigit(toks.get(k + 1))
                        || adjectiveLike(toks.get(k + 1).lower()) && modifierBeforeHead(toks, k + 1, n)))) {
                    k++;
                    headEnd = -1;
                    if (lex.determiners.contains(toks.get(k).lower())) {
                        k++;
                    }
                    continue;
                }
                if (x.capitalized() && !lex.notNames.contains(w)) {
                    k++;
                    headEnd = k;
                    continue;
                }
                int len = headWords(toks, k, n);
                if (len > 0 && !lex.grammar.nounsCapitalized()) {
                    k += len;
                    headEnd = k;
                    continue;
                }
                break;
            }
            if (lex.clauseWords.contains(w) || lex.complementizers.contains(w)) {
                break;
            }
            if (k > from && isVerb(toks, k)) {
                break;
            }
            if (x.capitalized()) {
                if (lex.notNames.contains(w) && !lex.honorifics.contains(w)) {
                    break;
                }
                k++;
                headEnd = k;
                continue;
            }
            int len = lex.grammar.nounsCapitalized() ? 0 : headWords(toks, k, n);
            if (len > 0) {
                k += len;
                headEnd = k;
                continue;
            }
            // A modifier: only if a head follows within three tokens (in German, an inflected adjective).
            if (!modifierBeforeHead(toks, k + 1, n) || lex.grammar.inflectsAdjectives() && !adjectiveLike(w)) {
                break;
            }
            k++;
        }
        return headEnd > from ? headEnd : from;
    }

    /** The length of a role, organisation or document phrase at {@code k} (0 when none). */
    private boolean adjectiveLike(String w) {
        return lex.grammar.inflectedAdjective(w) || Character.isDigit(w.charAt(0));
    }

    private boolean hasDigit(Token t) {
        for (int i = 0; i < t.text().length(); i++) {
            if (Character.isDigit(t.text().charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private int headWords(List<Token> toks, int k, int n) {
        return Math.max(lex.phraseStartingAt(lex.people, toks, k, n),
                Math.max(lex.phraseStartingAt(lex.organizationWords, toks, k, n),
                        lex.phraseStartingAt(lex.documentWords, toks, k, n)));
    }

    private boolean modifierBeforeHead(List<Token> toks, int k, int n) {
        for (int m = k; m < n && m < k + 3; m++) {
            Token y = toks.get(m);
            if (!y.isWord() || lex.clauseWords.contains(y.lower()) || isVerb(toks, m)) {
                return false;
            }
            if (y.capitalized() && !lex.notNames.contains(y.lower())) {
                return true;
            }
            if (!lex.grammar.nounsCapitalized() && headWords(toks, m, n) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "NAME, the Republican attorney general, said": from the comma before the verb back over
     * comma-separated appositives to a name that opens its clause. Returns {start, end} of the
     * name, or null.
     */
    int[] appositive(List<Token> toks, int comma) {
        int k = comma - 1;
        int commas = 0;
        while (k >= 0 && comma - k < 30) {
            Token x = toks.get(k);
            if (x.isQuote() && !terms.isTitle(toks, k, terms.wordCount(x.quote().content())) || x.is(";") || x.is(":")) {
                break;
            }
            if (x.is(",")) {
                commas++;
                if (commas > 3) {
                    return null;
                }
            }
            k--;
        }
        int clause = k + 1;
        if (clause >= comma) {
            return null;
        }
        int[] named = namedAppositive(toks, clause, comma);
        if (named != null) {
            return named;
        }
        int end = rightNP(toks, clause, false);
        if (!lex.grammar.verbSecond() && end > clause && end + 1 < comma && toks.get(end).is("(")) {
            // "Rep. Gregory W. Meeks (D-N.Y.), chairman of …, said": the party label belongs to the
            // name. (German fronts objects, "Den Währungsfonds (IWF), …, forderte er auf": not there.)
            int close = end + 1;
            while (close < comma && !toks.get(close).is(")") && close - end < 8) {
                close++;
            }
            if (close < comma && toks.get(close).is(")") && close + 1 < comma && toks.get(close + 1).is(",")) {
                Token h = toks.get(end - 1);
                return h.capitalized() ? new int[]{clause, end} : null;
            }
        }
        if (end > clause && end < comma && !toks.get(end).is(",") && toks.get(end).isWord()
                && lex.prepositions.contains(toks.get(end).lower())) {
            // "Der Vorsitzende des Verbands in Deutschland, Michael Knipper, kritisierte"
            int pp = end;
            while (pp < comma && !toks.get(pp).is(",") && pp - end < 5) {
                pp++;
            }
            end = pp;
        }
        if (end <= clause || end >= comma || !toks.get(end).is(",")) {
            return null;
        }
        Token h = toks.get(end - 1);
        if (!h.capitalized()) {
            return null;
        }
        // The appositive must look like a description, not a clause ("the …", a role, "who …").
        Token next = toks.get(end + 1);
        if (!next.isWord()) {
            return null;
        }
        String w = next.lower();
        boolean desc = lex.determiners.contains(w) || lex.people.contains(w) || lex.relativePronouns.contains(w)
                || lex.possessives.contains(w) || next.capitalized() || lex.phraseStartingAt(lex.people, toks, end + 1, comma) > 0
                || next.lowercase() && (w.endsWith("ing") || w.endsWith("ed")) || Character.isDigit(w.charAt(0))
                // "Hillary Clinton, at a later press gaggle, said": an occasion set off by commas.
                // (Not "of": "Johnnie Wilson, of Springfield, Va., said he had fought ''…''" then
                // reports the statement beside its quotation, which quotes-dev annotates once, and
                // direct F1 fell by one false positive.)
                || !lex.grammar.nounsCapitalized() && next.lowercase() && lex.adverbialStarts.contains(w) && !w.equals("of")
                // "Jane Doe, program co-ordinator, said": a role without an article, ending the appositive.
                || !lex.grammar.nounsCapitalized() && next.lowercase() && endsWithRole(toks, end + 1, comma);
        return desc ? new int[]{clause, end} : null;
    }

    /** Whether {@code [from, to)} is a short phrase of lower-case words ending with a role ("program co-ordinator"). */
    private boolean endsWithRole(List<Token> toks, int from, int to) {
        if (to - from > 5 || to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!toks.get(k).isWord() || lex.verbAt(toks, k) != null) {
                return false;
            }
        }
        String last = toks.get(to - 1).lower();
        return lex.phraseEndingAt(lex.roles, toks, to, from) > 0 || lex.roles.contains(last.replace("-", ""));
    }

    /**
     * "A lawyer for the news outlets, David Schulz, said": a description, then the person's name set
     * off by commas right before the verb. Returns {start, end} of the name, or null. The name is a
     * run of at most five capitalised words (initials and honorifics included) that is not a
     * sentence opener; the description before it needs two words at least ("Even China, Pyongyang's
     * only ally, said" is not this shape: its last segment is not a name).
     */
    private int[] namedAppositive(List<Token> toks, int clause, int comma) {
        int k = comma - 1;
        while (k > clause && comma - k <= 5 && toks.get(k).isWord() && toks.get(k).capitalized()) {
            k--;
        }
        if (k == comma - 1 || k - clause < 2 || !toks.get(k).is(",")) {
            return null;
        }
        Token first = toks.get(k + 1);
        if (lex.notNames.contains(first.lower()) || lex.pronouns.containsKey(first.lower())
                || lex.people.contains(first.lower()) || lex.organizationWords.contains(first.lower())) {
            return null;
        }
        Token before = toks.get(k - 1);
        return before.isWord() && !before.capitalized() ? new int[]{k + 1, comma} : null;
    }
}
