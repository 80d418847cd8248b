package org.dateline.analyze.quote;

import org.dateline.analyze.Analysis.Speaker;
import org.dateline.analyze.lex.Token;
import org.dateline.analyze.text.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the cues of a sentence and their attributions: reporting verbs of the language's
 * {@link SpeechLexicon} ("said", "teilte … mit"), source phrases ("according to X", "laut X"),
 * postpositions ("X zufolge") and post-sources ("…, so der Sprecher"); each with its speaker phrase
 * ({@link SpeakerPhrase}) and content span ({@link ContentSpan}), nested attributions removed and
 * neighbouring contents cut where the next attribution begins.
 */
final class CueFinder {

    /**
     * Attributions read per sentence; real sentences have one to three. Bounds the pairwise checks
     * on pathological input (a 200 KB "sentence" of "he said he said …").
     */
    private static final int MAX_CUES = 32;

    private final SpeechLexicon lex;
    private final String t;
    private final Discourse discourse;
    private final Terms terms;
    private final SpeakerPhrase phrases;
    private final ContentSpan contentSpan;
    private final SentenceIndex sentenceIndex;

    CueFinder(SpeechLexicon lex, String t, Discourse discourse, Terms terms, SpeakerPhrase phrases,
              ContentSpan contentSpan, SentenceIndex sentenceIndex) {
        this.lex = lex;
        this.t = t;
        this.discourse = discourse;
        this.terms = terms;
        this.phrases = phrases;
        this.contentSpan = contentSpan;
        this.sentenceIndex = sentenceIndex;
    }

    /** The attributions of a sentence, in order, none nested in another's content. */
    List<Attribution> attributions(List<Token> toks) {
        List<Attribution.Builder> out = new ArrayList<>();
        int n = toks.size();
        for (int i = 0; i < n && out.size() < MAX_CUES; i++) {
            Token k = toks.get(i);
            if (!k.isWord()) {
                continue;
            }
            SpeechLexicon.SourcePhrase sp = lex.sourcePhraseAt(toks, i);
            if (sp != null) {
                Attribution.Builder a = sourcePhrase(toks, i, i + sp.words().length, i + sp.sourceFrom(), sp.cue());
                if (a != null) {
                    out.add(a);
                    i = Math.max(i, a.wordsTo - 1);
                    continue;
                }
            }
            if (lex.postpositions.contains(k.lower())) {
                Attribution.Builder a = postposition(toks, i);
                if (a != null) {
                    out.add(a);
                    continue;
                }
            }
            if (lex.postSourceWords.contains(k.lower())) {
                Attribution.Builder a = postSource(toks, i);
                if (a != null) {
                    out.add(a);
                    i = a.wordsTo - 1;
                    continue;
                }
            }
            for (SpeechLexicon.Form f : lex.verbsAt(toks, i)) {
                Attribution.Builder a = verb(toks, i, f, out);
                if (a != null) {
                    out.add(a);
                    i = Math.max(i, i + f.words().length - 1);
                    break;
                }
            }
        }
        // An attribution inside another's content ("Kirby said that it indicates that …", "Clinton
        // had told officials that …, the source added") is part of what the outer speaker said;
        // one after a conjunction ("…, and Y said …") or a participle ("…, adding …") is its own.
        boolean[] nested = new boolean[out.size()];
        for (int y = 0; y < out.size(); y++) {
            Attribution.Builder b = out.get(y);
            if (b.contentFrom < 0 || b.contentAfterCue) {
                continue;
            }
            for (int x = 0; x < y; x++) {
                Attribution.Builder a = out.get(x);
                if ((a.contentAfterCue || a.contentFrom < 0) && a.wordsFrom >= b.contentFrom && a.wordsTo <= b.wordsFrom) {
                    nested[x] = true;
                }
            }
        }
        for (int x = 0; x < out.size(); x++) {
            Attribution.Builder a = out.get(x);
            if (nested[x] || a.contentFrom < 0 || !a.contentAfterCue) {
                continue;
            }
            for (int y = x + 1; y < out.size(); y++) {
                Attribution.Builder b = out.get(y);
                if (b.wordsFrom >= a.contentFrom && b.wordsFrom < a.contentTo && !b.inherited && b.wordsFrom > 0) {
                    Token before = toks.get(b.wordsFrom - 1);
                    boolean sibling = before.is(";") || before.isWord() && lex.conjunctions.contains(before.lower());
                    if (!sibling) {
                        nested[y] = true;
                    }
                }
            }
        }
        for (int x = out.size() - 1; x >= 0; x--) {
            if (nested[x]) {
                out.remove(x);
            }
        }
        // Content after a cue stops where the next attribution's own words begin.
        for (int x = 0; x < out.size(); x++) {
            Attribution.Builder a = out.get(x);
            if (a.contentFrom < 0 || !a.contentAfterCue) {
                continue;
            }
            for (int y = x + 1; y < out.size(); y++) {
                Attribution.Builder b = out.get(y);
                int g = b.wordsFrom;
                if (g > a.contentFrom && g < a.contentTo) {
                    if ((b.contentAfterCue || b.contentFrom < 0 || b.inherited) && !b.gerund) {
                        a.contentTo = contentSpan.trimBack(toks, a.contentFrom, g);
                    }
                    if (!b.gerund) {
                        break;
                    }
                }
            }
        }
        // Content before a cue starts after the previous attribution's words.
        for (int x = 1; x < out.size(); x++) {
            Attribution.Builder a = out.get(x);
            Attribution.Builder prev = out.get(x - 1);
            if (a.contentFrom >= 0 && !a.contentAfterCue && a.contentFrom < prev.wordsTo && prev.wordsTo < a.contentTo) {
                a.contentFrom = prev.wordsTo;
                if (prev.contentFrom >= 0 && prev.contentAfterCue && prev.contentTo > a.wordsFrom) {
                    prev.contentTo = contentSpan.trimBack(toks, prev.contentFrom, a.wordsFrom);
                }
            }
        }
        for (Attribution.Builder a : out) {
            if (a.contentFrom >= 0 && a.contentTo <= a.contentFrom) {
                a.contentFrom = -1;
            }
        }
        List<Attribution> built = new ArrayList<>(out.size());
        for (Attribution.Builder a : out) {
            built.add(a.build());
        }
        return built;
    }

    /** "according to X, …", "…, according to X", "laut X …", "nach Angaben von X …". */
    private Attribution.Builder sourcePhrase(List<Token> toks, int i, int j, int npFrom, String cue) {
        int n = toks.size();
        if (npFrom >= n) {
            return null;
        }
        int npEnd = phrases.rightNP(toks, npFrom, true);
        if (npEnd <= npFrom || npEnd < j) {
            return null;
        }
        Attribution.Builder a = new Attribution.Builder();
        a.cueFrom = i;
        a.cueTo = j;
        a.cue = npFrom < j ? Discourse.join(toks, i, npFrom) : Discourse.join(toks, i, j);
        a.speakerFrom = npFrom;
        a.speakerTo = npEnd;
        a.wordsFrom = i;
        a.wordsTo = npEnd;
        // Participial modifiers of the source ("a report, prepared by …,") belong to it.
        int after = npEnd;
        while (after < n && toks.get(after).is(",") && after + 1 < n && modifierStart(toks.get(after + 1))) {
            int c = after + 1;
            while (c < n && !toks.get(c).is(",") && c - after < 20) {
                c++;
            }
            if (c >= n || !toks.get(c).is(",")) {
                break;
            }
            after = c;
        }
        int start = sentenceIndex.clauseStart(toks, i);
        boolean beforeContent = i - start >= 2;
        int rest = after;
        while (rest < n && (toks.get(rest).is(",") || toks.get(rest).is(":"))) {
            rest++;
        }
        boolean afterContent = sentenceIndex.countWords(toks, rest, n) >= 2;
        if (beforeContent && (!afterContent || i > 0 && toks.get(i - 1).is(","))) {
            a.contentFrom = start;
            a.contentTo = contentSpan.trimBack(toks, start, i);
            a.contentAfterCue = false;
        } else if (beforeContent && afterContent && lex.grammar.verbSecond() && !toks.get(i - 1).isBoundary()
                && !(rest > 0 && toks.get(rest - 1).is(","))) {
            // "… gelang der Zugriff nach Polizeiangaben binnen weniger Minuten": the whole clause.
            a.contentFrom = start;
            a.contentTo = i;
            a.secondFrom = rest;
            a.secondTo = contentSpan.trimBack(toks, rest, n);
            a.contentAfterCue = false;
        } else if (afterContent) {
            a.contentFrom = rest;
            a.contentTo = contentSpan.trimBack(toks, rest, n);
            a.contentAfterCue = true;
        }
        a.speaker = discourse.resolve(toks, a.speakerFrom, a.speakerTo, -1, -1);
        String title = registerTitle(toks, npFrom, after);
        if (title != null && a.speaker.type().equals(Discourse.DOCUMENT) && a.speaker.name() == null) {
            a.speaker = new Speaker(a.speaker.mention(), title, a.speaker.role(), a.speaker.organization(),
                    a.speaker.type());
        }
        return a;
    }

    /** A document named by a quotation after a title cue inside a source phrase. */
    private String registerTitle(List<Token> toks, int a, int b) {
        for (int k = a; k < b && k < toks.size(); k++) {
            if (toks.get(k).isQuote() && terms.isTitle(toks, k, terms.wordCount(toks.get(k).quote().content()))) {
                Span c = toks.get(k).quote().content();
                String title = t.substring(c.start(), c.end());
                discourse.document(title, toks.get(k).start());
                return title;
            }
        }
        return null;
    }

    private boolean modifierStart(Token k) {
        if (!k.isWord()) {
            return false;
        }
        String w = k.lower();
        return lex.relativePronouns.contains(w) || (w.endsWith("ed") || w.endsWith("ing")) && k.lowercase()
                || lex.titleCues.contains(w) || k.lowercase() && lex.sourceModifierStarts.contains(w);
    }

    /** German "X zufolge": the source stands before the postposition. */
    private Attribution.Builder postposition(List<Token> toks, int i) {
        int a = phrases.leftNP(toks, i);
        if (a < 0 || a >= i) {
            return null;
        }
        Attribution.Builder at = new Attribution.Builder();
        at.cueFrom = i;
        at.cueTo = i + 1;
        at.cue = toks.get(i).text();
        at.speakerFrom = a;
        at.speakerTo = i;
        at.wordsFrom = a;
        at.wordsTo = i + 1;
        int n = toks.size();
        int rest = i + 1;
        while (rest < n && toks.get(rest).is(",")) {
            rest++;
        }
        if (sentenceIndex.countWords(toks, rest, n) >= 2 && a >= 2 && lex.grammar.verbSecond() && !toks.get(a - 1).isBoundary()) {
            // "In den Pyrenäen kam es Informationen des Senders zufolge zu Felsstürzen": the clause.
            at.contentFrom = sentenceIndex.clauseStart(toks, a);
            at.contentTo = a;
            at.secondFrom = rest;
            at.secondTo = contentSpan.trimBack(toks, rest, n);
        } else if (sentenceIndex.countWords(toks, rest, n) >= 2) {
            at.contentFrom = rest;
            at.contentTo = contentSpan.trimBack(toks, rest, n);
            at.contentAfterCue = true;
        } else if (a >= 2) {
            at.contentFrom = sentenceIndex.clauseStart(toks, a);
            at.contentTo = contentSpan.trimBack(toks, at.contentFrom, a);
        }
        at.speaker = discourse.resolve(toks, a, i, -1, -1);
        return at;
    }

    /** German "…, so der Sprecher.": the source follows its content. */
    private Attribution.Builder postSource(List<Token> toks, int i) {
        if (i < 2 || !toks.get(i - 1).is(",")) {
            return null;
        }
        int end = phrases.rightNP(toks, i + 1, true);
        if (end <= i + 1) {
            return null;
        }
        int n = toks.size();
        int rest = end;
        while (rest < n && toks.get(rest).kind() == Token.Kind.PUNCT && !toks.get(rest).is(",")) {
            rest++;
        }
        if (rest < n && !toks.get(rest).is(",")) {
            return null;
        }
        Attribution.Builder a = new Attribution.Builder();
        a.cueFrom = i;
        a.cueTo = i + 1;
        a.cue = toks.get(i).text();
        a.speakerFrom = i + 1;
        a.speakerTo = end;
        a.wordsFrom = i - 1;
        a.wordsTo = end;
        a.contentFrom = sentenceIndex.clauseStart(toks, i);
        a.contentTo = contentSpan.trimBack(toks, a.contentFrom, i);
        a.speaker = discourse.resolve(toks, a.speakerFrom, a.speakerTo, -1, -1);
        return a;
    }

    /** A reporting verb at {@code i}: its speaker and its content. */
    private Attribution.Builder verb(List<Token> toks, int i, SpeechLexicon.Form f, List<Attribution.Builder> earlier) {
        int n = toks.size();
        int j = i + f.words().length;
        Token v = toks.get(i);
        if ((f.ambiguous() || lex.grammar.nounsCapitalized()) && !v.lowercase()) {
            return null; // "Angaben" is a noun, "angaben" a verb
        }
        if (j < n && toks.get(j).isWord() && f.verb().notBefore().contains(toks.get(j).lower())) {
            return null; // "showed up", "calling out"
        }
        // "pilloried for acknowledging that …", "defined these areas by adding …": a gerund inside
        // the content of the verb before; its own statement does not end that content.
        boolean gerund = i > 0 && v.lower().endsWith("ing") && toks.get(i - 1).isWord()
                && lex.gerundPrepositions.contains(toks.get(i - 1).lower());
        // German perfect: "Der Minister hat am Montag erklärt, …" — the subject stands by the
        // finite auxiliary, the participle closes the clause.
        int finite = i;
        if (!lex.perfectAuxiliaries.isEmpty() && (j >= n || toks.get(j).isBoundary() || toks.get(j).isQuote())) {
            for (int k = i - 1; k >= 0 && i - k <= 16; k--) {
                Token x = toks.get(k);
                if (x.isBoundary()) {
                    break;
                }
                if (x.isWord() && (lex.perfectAuxiliaries.contains(x.lower())
                        || f.verb().passiveSpeaker() && lex.passiveAuxiliaries.contains(x.lower()))) {
                    finite = k;
                    break;
                }
            }
        }
        if (!f.verb().passiveSpeaker() && lex.grammar.verbSecond()) {
            // German passive ("wurde mitgeteilt", "war vermutet worden"): nobody's statement.
            for (int k = Math.max(0, i - 1); k < Math.min(n, j + 1); k++) {
                if (k != i && toks.get(k).isWord() && lex.passiveAuxiliaries.contains(toks.get(k).lower())
                        && (k == i - 1 || k == j)) {
                    return null;
                }
            }
        }
        // The left context: auxiliaries and adverbs between subject and verb.
        int l = finite;
        for (int guard = 0; guard < 4 && l > 0; guard++) {
            int before = l;
            while (l > 0 && toks.get(l - 1).isWord() && lex.auxiliaries.contains(toks.get(l - 1).lower())) {
                l--;
            }
            // Not before a participle: "a series of tweets early Friday saying …" is the
            // main clause's statement, not the tweets'.
            l = v.lower().endsWith("ing") ? l : phrases.timeBefore(toks, l);
            if (l == before) {
                break;
            }
        }
        // Passive ("was told", "it is said"): not a speaker's verb.
        if (l < finite && !v.lower().endsWith("ing")) {
            for (int k = l; k < finite; k++) {
                if (lex.passiveAuxiliaries.contains(toks.get(k).lower())) {
                    return null;
                }
            }
        }
        if (f.ambiguous() && l > 0 && toks.get(l - 1).isWord()
                && (lex.determiners.contains(toks.get(l - 1).lower()) || lex.possessives.contains(toks.get(l - 1).lower()))) {
            return null;
        }
        // German separable verbs: the particle must close the clause ("teilte … mit").
        int particleAt = -1;
        if (f.split()) {
            String particle = f.verb().particle();
            for (int k = j; k < n && k - j < 25; k++) {
                Token x = toks.get(k);
                if (x.isWord() && x.lower().equals(particle) && (k + 1 >= n || toks.get(k + 1).isBoundary()
                        || toks.get(k + 1).isQuote())) {
                    particleAt = k;
                    break;
                }
                if (x.is(",") || x.is(":") || x.is(";") || x.is(".")) {
                    break;
                }
            }
            if (particleAt < 0) {
                return null;
            }
        }
        Attribution.Builder a = new Attribution.Builder();
        a.gerund = gerund;
        a.cueFrom = i;
        a.cueTo = j;
        a.cue = particleAt >= 0 ? Discourse.join(toks, i, j) + " " + toks.get(particleAt).text()
                : Discourse.join(toks, i, j);
        a.wordsFrom = l;
        a.wordsTo = j;
        if (f.verb().impersonal()) {
            // "In einer Erklärung des Präsidenten heißt es, …": the document, if named, or nobody.
            a.impersonal = true;
            for (int k = l - 1; k >= 0 && l - k < 15; k--) {
                Token x = toks.get(k);
                if (x.is(",") || x.is(";") || x.isQuote()) {
                    break;
                }
                if (x.isWord() && lex.documentWords.contains(x.lower())) {
                    int s0 = k > 0 && lex.determiners.contains(toks.get(k - 1).lower()) ? k - 1 : k;
                    int e0 = phrases.rightNP(toks, s0, true);
                    if (e0 > s0) {
                        a.speakerFrom = s0;
                        a.speakerTo = e0;
                    }
                    break;
                }
            }
            if (a.speakerFrom < 0) {
                agent(toks, a, l);
            }
            if (a.speakerFrom < 0 && j < n && toks.get(j).isWord() && lex.documentPrepositions.contains(toks.get(j).lower())) {
                // "So heißt es in dem Schreiben: …": the document after the verb
                int e0 = phrases.rightNP(toks, j + 1, true);
                boolean document = false;
                for (int k = j + 1; k < e0; k++) {
                    document |= toks.get(k).isWord() && lex.documentWords.contains(toks.get(k).lower());
                }
                if (document) {
                    a.speakerFrom = j + 1;
                    a.speakerTo = e0;
                    a.wordsTo = e0;
                }
            }
        } else {
            // Speaker: before the verb, after it (inverted), or the main clause's (participles).
            int np = phrases.leftNP(toks, l);
            if (np >= 0 && np < l && toks.get(l - 1).isWord() && lex.timeNouns.contains(toks.get(l - 1).lower())) {
                np = -1; // "Erst vergangene Woche hatte der Konzern mitgeteilt": a time, not a subject
            }
            if (lex.grammar.verbSecond() && np == 0 && l == 1 && phrases.fronted(toks.get(0))) {
                np = -1; // "Ähnlich äußerte sich der Präsident": an adverb before the verb
            }
            if (lex.grammar.verbSecond() && np >= 0 && np < l && finite == i
                    && (subjectAfter(toks, j) || personAfterThing(toks, np, l, j, particleAt))) {
                // "In einem Aufruf schrieb er:", "Der Zeitung sagte Filep Karma:": verb second, the
                // phrase before the verb is an object or an adverbial, the subject follows the verb
                np = -1;
            }
            boolean participle = v.lower().endsWith("ing") && !(np >= 0 && np < l);
            if (np >= 0 && np < l && !participle) {
                a.speakerFrom = np;
                a.speakerTo = l;
                a.wordsFrom = np;
                if (toks.get(np).isWord() && lex.relativePronouns.contains(toks.get(np).lower()) && l - np == 1) {
                    // "Mr. Kamin, who said that …": the mention is "who", the speaker its antecedent.
                    int ante = np > 0 && toks.get(np - 1).is(",") ? np - 1 : np;
                    int a2 = phrases.leftNP(toks, ante);
                    a.relativePronoun = np;
                    if (a2 >= 0 && a2 < ante) {
                        a.speakerFrom = a2;
                        a.speakerTo = ante;
                    }
                }
            } else if (!participle && (l == 0 || toks.get(l - 1).isQuote() || toks.get(l - 1).is(",")
                    || toks.get(l - 1).is(":") || lex.grammar.verbSecond() && toks.get(l - 1).isWord())
                    && (inverted(toks, a, l, i, j, finite, particleAt) || conjunctionBefore(toks, l))) {
                if (a.speakerFrom < 0) {
                    if (!inherit(toks, a, l, earlier)) {
                        return null;
                    }
                }
            } else if (participle || conjunctionBefore(toks, l)) {
                if (!inherit(toks, a, l, earlier)) {
                    return null;
                }
            } else {
                return null;
            }
        }
        if (f.ambiguous() && (a.speakerFrom < 0 || !phrases.nominalHead(toks.get(a.speakerTo - 1), toks, a.speakerTo))) {
            return null;
        }
        if (contentSpan.content(toks, a, f, i, j, n, l, particleAt, finite) == null) {
            return null;
        }
        resolveSpeaker(toks, a);
        return a;
    }

    /**
     * The agent an impersonal verb names with a preposition right before it, opening the clause:
     * "Von der Gewerkschaft heißt es, …", "Aus dem Ministerium hieß es: …".
     * The phrase must be a noun phrase the discourse can read as a person or a body.
     */
    private void agent(List<Token> toks, Attribution.Builder a, int l) {
        int at = -1;
        for (int k = l - 1; k >= 0 && l - k <= 8; k--) {
            Token x = toks.get(k);
            if (!x.isWord()) {
                break;
            }
            if (lex.agentPrepositions.contains(x.lower()) && (k == 0 || !toks.get(k - 1).isWord())) {
                at = k;
                break;
            }
        }
        if (at < 0) {
            return;
        }
        int s0 = at + 1;
        int e0 = phrases.rightNP(toks, s0, true);
        if (e0 <= s0 || e0 != l) {
            return;
        }
        a.speakerFrom = s0;
        a.speakerTo = e0;
        a.wordsFrom = Math.min(a.wordsFrom, at);
        a.wordsTo = Math.max(a.wordsTo, e0);
    }

    /** The speaker of the phrase found; "who" stands for its antecedent ("Mr. Kamin, who said"). */
    private void resolveSpeaker(List<Token> toks, Attribution.Builder a) {
        if (a.speaker == null && a.speakerFrom >= 0 && a.speakerFrom != a.relativePronoun) {
            a.speaker = discourse.resolve(toks, a.speakerFrom, a.speakerTo, a.appositiveFrom, a.appositiveTo);
        }
        if (a.relativePronoun >= 0) {
            Speaker s = a.speaker;
            a.speaker = s == null || a.speakerFrom == a.relativePronoun
                    ? new Speaker(toks.get(a.relativePronoun).text(), null, null, null, Discourse.UNKNOWN)
                    : new Speaker(toks.get(a.relativePronoun).text(), s.name(), s.role(), s.organization(), s.type());
        }
    }

    /**
     * True when a subject stands right after the verb (object and reflexive pronouns skipped): a
     * personal pronoun of a person or a group ("schrieb er"), or a name without an article that
     * ends the clause ("sagte Filep Karma:"). A noun phrase with an article is not taken: "der
     * Zeitung" may be the listener.
     */
    private boolean subjectAfter(List<Token> toks, int from) {
        int n = toks.size();
        while (from < n && toks.get(from).isWord()
                && (lex.reflexivePronouns.contains(toks.get(from).lower()) || lex.objectPronouns.contains(toks.get(from).lower()))) {
            from++;
        }
        if (from >= n || !toks.get(from).isWord()) {
            return false;
        }
        Token t = toks.get(from);
        SpeechLexicon.Pronoun p = lex.pronouns.get(t.lower());
        if (p != null) {
            return "person".equals(p.type()) || "group".equals(p.type());
        }
        // a name without an article: a run of capitalised words that ends the clause ("sagte Filep Karma:")
        if (!t.capitalized() || lex.determiners.contains(t.lower())) {
            return false;
        }
        int k = from;
        while (k < n && k - from < 4 && toks.get(k).isWord() && toks.get(k).capitalized()) {
            k++;
        }
        return k < n && (toks.get(k).is(":") || toks.get(k).is(",") || toks.get(k).isQuote());
    }

    /**
     * "Die Lage schilderte der Bürgermeister wie folgt:": the phrase before the verb names nobody
     * (no role, no first name, no pronoun), the noun phrase after it names someone; the one that
     * can speak is the subject.
     */
    private boolean personAfterThing(List<Token> toks, int np, int l, int j, int particleAt) {
        if (l - np > 4 || lex.pronouns.containsKey(toks.get(np).lower()) || discourse.namesSomeone(toks, np, l)) {
            return false;
        }
        for (int k = np; k < l; k++) {
            if (toks.get(k).isWord() && lex.organizationWords.contains(toks.get(k).lower())) {
                return false;
            }
        }
        int end = phrases.invertedNP(toks, j, particleAt);
        return end > j && discourse.namesSomeone(toks, j, end);
    }

    private boolean conjunctionBefore(List<Token> toks, int l) {
        return l > 0 && toks.get(l - 1).isWord() && lex.conjunctions.contains(toks.get(l - 1).lower());
    }

    /**
     * Where the main clause's subject starts after a fronted adverbial set off by a comma
     * ("Earlier, Premier Doug Ford was quoted as saying", "On Monday, the minister …"): its first
     * word is one that is never a name (an adverb, a preposition), the others lower case but for
     * times (days, months); 0 when there is none.
     */
    private int frontedAdverbial(List<Token> toks, int l) {
        if (l < 3 || !phrases.fronted(toks.get(0))) {
            return 0; // "Dean, a former chairman, …": a name and its appositive, not an adverbial
        }
        for (int k = 1; k < Math.min(l, 5); k++) {
            Token x = toks.get(k);
            if (x.is(",")) {
                return k + 1 < l ? k + 1 : 0;
            }
            if (!x.isWord() || x.capitalized() && !lex.timeNouns.contains(x.lower())) {
                return 0;
            }
        }
        return 0;
    }

    /** The main clause's speaker for a verb without its own: "…, adding that", "und sagte:". */
    private boolean inherit(List<Token> toks, Attribution.Builder a, int l, List<Attribution.Builder> earlier) {
        a.inherited = true;
        Attribution.Builder prev = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        if (prev != null && prev.speaker != null) {
            a.speaker = prev.speaker;
        } else {
            int start = frontedAdverbial(toks, l);
            int end = phrases.rightNP(toks, start, false);
            if (end > start && end <= l - 1) {
                a.speaker = discourse.resolve(toks, start, end, -1, -1);
            } else {
                return false;
            }
        }
        a.wordsFrom = l > 0 && (toks.get(l - 1).is(",") || conjunctionBefore(toks, l)) ? l - 1 : l;
        return true;
    }

    /**
     * A subject after the verb ("said Kirby", "sagte der Staatsanwalt", "teilte die Polizei … mit"),
     * or before a comma and appositives ("Scott Pruitt, the attorney general, said"). Sets the
     * speaker range of {@code a} and returns true when found.
     */
    private boolean inverted(List<Token> toks, Attribution.Builder a, int l, int i, int j, int finite, int particleAt) {
        int n = toks.size();
        int from = finite < i ? finite + 1 : j;
        while (lex.grammar.verbSecond() && from < n && toks.get(from).isWord()
                && (lex.reflexivePronouns.contains(toks.get(from).lower()) || lex.objectPronouns.contains(toks.get(from).lower()))) {
            from++;
        }
        // German "X, Vorsitzender des Verbands, kritisierte …": the appositive first.
        int[] apFirst = lex.grammar.verbSecond() && l > 1 && toks.get(l - 1).is(",") && !toks.get(l - 2).isQuote()
                ? phrases.appositive(toks, l - 1) : null;
        int end = apFirst != null ? from
                : phrases.invertedNP(toks, from, particleAt >= 0 ? particleAt : finite < i ? i : -1);
        if (apFirst != null) {
            a.speakerFrom = apFirst[0];
            a.speakerTo = apFirst[1];
            a.appositiveFrom = apFirst[1] + 1;
            a.appositiveTo = l - 1;
            a.wordsFrom = apFirst[0];
        } else if (end > from) {
            a.speakerFrom = from;
            a.speakerTo = end;
            a.wordsTo = Math.max(j, end);
        } else if (l > 0 && toks.get(l - 1).is(",")) {
            // "Scott Pruitt, the attorney general of Oklahoma, said": back over appositives.
            int[] ap = phrases.appositive(toks, l - 1);
            if (ap == null) {
                return false;
            }
            a.speakerFrom = ap[0];
            a.speakerTo = ap[1];
            a.appositiveFrom = ap[1] + 1;
            a.appositiveTo = l - 1;
            a.wordsFrom = ap[0];
        } else {
            return false;
        }
        return true;
    }
}
