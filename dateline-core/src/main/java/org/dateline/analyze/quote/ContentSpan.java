package org.dateline.analyze.quote;

import org.dateline.analyze.lex.Token;
import org.dateline.analyze.text.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the content span of a cue: what stands after it ("said that …", "said: “…”", "sagte, die …"),
 * before it ("“…,” he said", "…, the ministry said"), or both (a quotation split by its
 * attribution), as token ranges of one sentence.
 */
final class ContentSpan {

    /** Tokens an adverbial after a verb may span ("said in a statement on Tuesday"). */
    private static final int MAX_ADVERBIAL = 7;
    /** Words a content needs when no "that", colon or quotation marks it ("said enough" is not one). */
    private static final int MIN_PLAIN_CONTENT = 3;

    private final SpeechLexicon lex;
    private final String t;
    private final Terms terms;
    private final SpeakerPhrase phrases;
    private final SentenceIndex sentenceIndex;

    ContentSpan(SpeechLexicon lex, String t, Terms terms, SpeakerPhrase phrases, SentenceIndex sentenceIndex) {
        this.lex = lex;
        this.t = t;
        this.terms = terms;
        this.phrases = phrases;
        this.sentenceIndex = sentenceIndex;
    }

    /** True when a finite verb of the subjunctive I stands in {@code [a, b)} (a lower-case word of the list). */
    private boolean subjunctiveIn(List<Token> toks, int a, int b) {
        for (int k = a; k < b; k++) {
            Token x = toks.get(k);
            if (x.isWord() && x.lowercase() && lex.subjunctive.contains(x.lower())) {
                return true;
            }
        }
        return false;
    }

    List<Token> quotesIn(List<Token> toks, int a, int b) {
        List<Token> out = new ArrayList<>();
        for (int i = a; i < b; i++) {
            if (toks.get(i).isQuote()) {
                out.add(toks.get(i));
            }
        }
        return out;
    }

    /**
     * Nothing but punctuation besides the quotation, or a determiner and an adjective before it
     * ("called it a “disgrace”", "bezeichnete es als einen „Akt …“").
     */
    boolean onlyPunctBesides(List<Token> toks, int a, int b) {
        int words = 0;
        boolean quote = false;
        for (int i = a; i < b; i++) {
            Token x = toks.get(i);
            if (x.isQuote()) {
                quote = true;
            } else if (x.isWord()) {
                if (quote || words >= 2 || words == 0 && !lex.determiners.contains(x.lower())) {
                    return false;
                }
                words++;
            }
        }
        return true;
    }

    Span trimSpan(int s, int e) {
        while (s < e && (Character.isWhitespace(t.charAt(s)) || ",;:".indexOf(t.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(t.charAt(e - 1)) || ",;:.".indexOf(t.charAt(e - 1)) >= 0)) {
            e--;
        }
        return new Span(s, e);
    }

    int trimBack(List<Token> toks, int a, int b) {
        while (b > a && (toks.get(b - 1).kind() == Token.Kind.PUNCT
                || toks.get(b - 1).isWord() && (lex.clauseWords.contains(toks.get(b - 1).lower())
                && (toks.get(b - 1).is("and") || toks.get(b - 1).is("but") || toks.get(b - 1).is("und")
                || toks.get(b - 1).is("aber") || toks.get(b - 1).is("while") || toks.get(b - 1).is("as"))))) {
            b--;
        }
        return b;
    }

    /** The content of a verb's attribution: after it, before it, or both (split quotations). */
    Attribution.Builder content(List<Token> toks, Attribution.Builder a, SpeechLexicon.Form f, int i, int j, int n, int l, int particleAt,
                 int finite) {
        Token v = toks.get(i);
        // Content after the verb (and after an inverted subject, an addressee, adverbials).
        int c = Math.max(j, a.speakerFrom >= j ? a.speakerTo : j);
        if (a.speakerFrom >= j) {
            int app = phrases.skipAppositive(toks, c);
            if (app > c + 1 && a.appositiveFrom < 0) {
                a.appositiveFrom = c + 1; // "said Alan Cole, an economist at the Tax Foundation"
                a.appositiveTo = app;
            }
            c = app;
        }
        if (f.verb().object() && c < n && toks.get(c).isWord() && !lex.complementizers.contains(toks.get(c).lower())) {
            int e = phrases.rightNP(toks, c, false);
            if (e > c) {
                c = e;
            } else if (lex.objectPronouns.contains(toks.get(c).lower())) {
                c++;
            }
        }
        // "verwies darauf, dass …", "geht davon aus, dass …": the correlate stands for the clause.
        if (c + 1 < n && toks.get(c).isWord() && lex.correlates.contains(toks.get(c).lower()) && toks.get(c + 1).is(",")) {
            c++;
        }
        int beforeAdverbials = c;
        c = skipAdverbials(toks, c);
        if (c < n && toks.get(c).isWord() && !lex.complementizers.contains(toks.get(c).lower())) {
            c = beforeAdverbials; // no marker after the adverbials: they are part of the content
        }
        boolean strong = false;
        int afterStart = -1;
        if (c < n) {
            Token x = toks.get(c);
            if (x.is(":")) {
                if (c + 1 >= n) {
                    a.introducesNext = true;
                } else {
                    afterStart = c + 1;
                    strong = true;
                }
            } else if (x.isWord() && lex.complementizers.contains(x.lower())) {
                afterStart = c + 1;
                strong = true;
            } else if (x.isQuote() && terms.isTitle(toks, c, terms.wordCount(x.quote().content()))) {
                // "kritisiert in der Tageszeitung „Neues Deutschland“, die Aktion …": a name, not the content.
                if (c + 2 < n && toks.get(c + 1).is(",")) {
                    afterStart = c + 2;
                    strong = true;
                }
            } else if (x.isQuote()) {
                afterStart = c;
                strong = true;
            } else if (x.is(",") && c + 1 < n && toks.get(c + 1).isQuote()) {
                afterStart = c + 1;
                strong = true;
            } else if (x.is(",") && c + 1 < n && toks.get(c + 1).isWord()
                    && lex.complementizers.contains(toks.get(c + 1).lower())) {
                afterStart = c + 2;
                strong = true;
            } else if (x.is(",") && lex.grammar.speechSetOffByComma() && particleAt < 0 && c + 1 < n && toks.get(c + 1).isWord()) {
                afterStart = c + 1; // German: "Er sagte, die Astronauten würden …"
                strong = true;
                // "sagte, bevor er abreiste, dass …": a clause of time or reason after the verb is
                // not what was said; the content starts after it.
                if (lex.adverbialClauseWords.contains(toks.get(c + 1).lower())) {
                    int e = c + 2;
                    while (e < n && !toks.get(e).is(",") && !toks.get(e).isQuote()) {
                        e++;
                    }
                    if (e + 1 < n && toks.get(e).is(",")) {
                        afterStart = lex.complementizers.contains(toks.get(e + 1).lower()) && e + 2 < n ? e + 2 : e + 1;
                    }
                }
            } else if (x.isWord() && particleAt < 0) {
                afterStart = c;
            } else if (x.is(",") && particleAt >= 0 && c + 1 < n) {
                afterStart = c + 1;
                strong = true;
            }
        }
        if (particleAt >= 0 && afterStart < 0) {
            int pc = particleAt + 1;
            while (pc < n && (toks.get(pc).is(",") || toks.get(pc).is(":"))) {
                pc++;
            }
            if (pc + 1 < n && pc > particleAt + 1 && toks.get(pc).isWord() && lex.complementizers.contains(toks.get(pc).lower())) {
                pc++; // "wies darauf hin, dass …": the content follows "dass"
            }
            if (pc < n && pc > particleAt + 1) {
                afterStart = pc;
                strong = true;
            } else if (pc >= n && toks.get(n - 1).is(":")) {
                a.introducesNext = true;
            }
        }
        if (afterStart >= 0 && sentenceIndex.countWords(toks, afterStart, n) < (strong ? 1 : MIN_PLAIN_CONTENT)) {
            afterStart = -1;
        }
        // German sets reported speech off with a comma, a colon or "dass": without one, what
        // follows the verb is its object ("bestätigte die Aussage nicht").
        if (afterStart >= 0 && !strong && lex.grammar.speechSetOffByComma() && f.verb().needs() == null
                && !terms.hasSpeechQuote(toks, afterStart, Math.min(n, afterStart + 7))) {
            afterStart = -1;
        }
        if ((afterStart < 0 || !strong) && !a.introducesNext) {
            // "kritisierte die Entscheidung scharf: „…“", "told reporters on Tuesday: “…”".
            int q = colonQuote(toks, j, n);
            if (q >= 0) {
                afterStart = q;
                strong = true;
            }
        }
        // "Everything Trump says is a lie": a verb right after the verb means a relative clause.
        if (afterStart >= 0 && !strong && toks.get(afterStart).isWord()
                && lex.auxiliaries.contains(toks.get(afterStart).lower())
                && !lex.adverbialStarts.contains(toks.get(afterStart).lower())) {
            afterStart = -1;
        }
        String needs = f.verb().needs();
        if (needs != null && !needs.equals("quote") && !lex.complementizers.contains(needs)) {
            // "bezeichnete die Erweiterung als „maßvoll“": the content follows the word.
            int w = findWord(toks, j, Math.min(n, j + 16), needs);
            afterStart = w >= 0 && w + 1 < n ? w + 1 : -1;
            // Naming verbs report words only when they quote them ("als „maßvoll“", not "als Irrweg").
            if (afterStart >= 0 && quotesIn(toks, afterStart, Math.min(n, afterStart + 4)).isEmpty()) {
                afterStart = -1;
            }
            if (afterStart >= 0 && !lex.grammar.namingContentAfterMarker() && w > j) {
                afterStart = j;
            }
            strong = afterStart >= 0;
        } else if (needs != null && afterStart >= 0) {
            // "called Friday's decision a “huge win”": a quotation near the start of the content.
            boolean ok = needs.equals("quote") ? toks.get(afterStart).isQuote() || toks.get(afterStart - 1).is(":")
                    || terms.hasSpeechQuote(toks, afterStart, Math.min(n, afterStart + 6))
                    || f.verb().predicate() && predicateAfterObject(toks, afterStart, n)
                    : strong && (toks.get(afterStart - 1).isWord() || toks.get(afterStart).isQuote()
                    || toks.get(afterStart - 1).is(":")
                    // "Die Polizei glaubt, er sei … rekrutiert worden": the subjunctive reports.
                    || toks.get(afterStart - 1).is(",") && subjunctiveIn(toks, afterStart, Math.min(n, afterStart + 12)));
            if (!ok) {
                afterStart = -1;
            }
        }
        // Content before the speaker group: "“…,” he said", "…, the ministry said".
        int beforeEnd = a.wordsFrom;
        if (beforeEnd >= 2 && toks.get(beforeEnd - 1).is(",") && toks.get(beforeEnd - 2).isQuote()) {
            beforeEnd--; // German „…“, sagte er: the comma stands after the closing mark
        }
        int start = sentenceIndex.clauseStart(toks, beforeEnd);
        boolean before = false;
        if (beforeEnd > start && !a.inherited) {
            Token sep = toks.get(beforeEnd - 1);
            if (sep.isQuote() || sep.is(",") || sep.is("—") || sep.is("–") || sep.is("--") || sep.is(":")) {
                int words = sentenceIndex.countWords(toks, start, beforeEnd);
                boolean adverbial = toks.get(start).isWord() && lex.adverbialStarts.contains(toks.get(start).lower())
                        && words <= 5 && !sep.isQuote();
                before = words >= 1 && !adverbial && (sep.isQuote() || words >= 3);
                // "On this weekend's broadcast of “Fox News Sunday,” Pence said …": a title ending a
                // fronted adverbial is the programme's name, not what was said.
                if (before && sep.isQuote() && terms.isTitle(toks, beforeEnd - 1, terms.wordCount(sep.quote().content()))) {
                    before = false;
                }
            }
        }
        boolean beforeIsQuote = before && toks.get(beforeEnd - 1).isQuote();
        boolean needsOk = needs == null || beforeIsQuote;
        if (beforeIsQuote && (afterStart < 0 || !strong) && !a.introducesNext) {
            // "“I think he will be fair,” Trump said during a rally in Kenansville, “but …”": the
            // quotation goes on after the attribution and its adverbials.
            int q = resumedQuote(toks, c, n);
            if (q >= 0) {
                afterStart = q;
                strong = true;
            }
        }
        if (before && afterStart >= 0 && beforeIsQuote && toks.get(afterStart).isQuote()) {
            a.contentFrom = start;
            a.contentTo = beforeEnd;
            a.secondFrom = afterStart;
            a.secondTo = trimBack(toks, afterStart, n);
            a.contentAfterCue = true;
        } else if (before && afterStart >= 0 && beforeIsQuote && strong) {
            // "„Bis es zu spät war“, stellte Celebi fest, seien „…“": a quotation, then reported speech.
            a.contentFrom = start;
            a.contentTo = beforeEnd;
            a.secondFrom = afterStart;
            a.secondTo = trimBack(toks, afterStart, n);
            a.quoteThenReported = true;
        } else if (afterStart >= 0 && !(beforeIsQuote && !strong)) {
            a.contentFrom = afterStart;
            a.contentTo = trimBack(toks, afterStart, n);
            // "says, “Don't you do it,” until …": the quotation is the content.
            if (toks.get(afterStart).isQuote() && (afterStart + 1 >= n || toks.get(afterStart + 1).is(",")
                    || toks.get(afterStart + 1).is("."))) {
                a.contentTo = afterStart + 1;
            }
            a.contentAfterCue = true;
            a.markedContent = strong;
        } else if (before && needsOk) {
            a.contentFrom = start;
            a.contentTo = trimBack(toks, start, beforeEnd);
            a.contentAfterCue = false;
            // "Acts of protest, Mr. Obama said, are acts of patriotism": the content goes on after.
            if (!beforeIsQuote && c + 1 < n && toks.get(c).is(",") && toks.get(c + 1).isWord()
                    && lex.verbAt(toks, c + 1) == null && sentenceIndex.countWords(toks, c + 1, n) >= 2) {
                a.secondFrom = c + 1;
                a.secondTo = trimBack(toks, c + 1, n);
            }
        } else if (!a.introducesNext) {
            // "hatte die Zustimmung „trotz einiger Vorbehalte“ bekanntgegeben", "wies alle Vorwürfe
            // als „haltlos“ zurück": a quotation between the verb's two parts is what was said.
            int q = -1;
            for (int k = finite + 1; k < i && q < 0; k++) {
                if (toks.get(k).isQuote()) {
                    q = k;
                }
            }
            for (int k = j; k < particleAt && q < 0; k++) {
                if (toks.get(k).isQuote()) {
                    q = k;
                }
            }
            if (q < 0) {
                return null;
            }
            a.contentFrom = q;
            a.contentTo = q + 1;
            a.contentAfterCue = true;
        }
        if (f.ambiguous() && !(a.contentAfterCue && a.markedContent) && a.contentAfterCue) {
            return null;
        }
        return a;
    }

    /**
     * "called climate change a hoax", "called her vote a mistake": an object of one to five words,
     * then an indefinite article opening the predicate. Naming verbs without quotation marks count only in this shape ("called a meeting",
     * "called the police", "called supporters to the stage" do not).
     */
    private boolean predicateAfterObject(List<Token> toks, int from, int n) {
        for (int k = from + 1; k < n && k - from <= 5; k++) {
            Token x = toks.get(k);
            if (!x.isWord() && !x.isPossessive()) {
                return false;
            }
            if (x.isWord() && lex.predicateArticles.contains(x.lower())) {
                return k + 1 < n && toks.get(k + 1).isWord();
            }
            if (x.isWord() && (lex.clauseWords.contains(x.lower()) || lex.verbAt(toks, k) != null)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The quotation that resumes a split quotation after its attribution: the next quotation of
     * the sentence, with only adverbials, a participle phrase or a conjunction before it and no
     * other reporting verb; -1 when none.
     */
    private int resumedQuote(List<Token> toks, int from, int n) {
        for (int k = from; k < n && k - from < 20; k++) {
            Token x = toks.get(k);
            if (x.isQuote()) {
                boolean speech = !terms.isTitle(toks, k, terms.wordCount(x.quote().content()));
                return speech && k > 0 && (toks.get(k - 1).is(",") || toks.get(k - 1).isWord()
                        && lex.conjunctions.contains(toks.get(k - 1).lower())) ? k : -1;
            }
            if (x.is(";") || x.is(":") || x.is(".") || x.isWord() && phrases.isVerb(toks, k) && !x.lower().endsWith("ing")) {
                return -1;
            }
        }
        return -1;
    }

    /** A colon and a quotation later in the verb's clause: the quotation's index, or -1. */
    private int colonQuote(List<Token> toks, int from, int n) {
        for (int k = from; k < n && k - from < 16; k++) {
            Token x = toks.get(k);
            if (x.is(":") && k + 1 < n && toks.get(k + 1).isQuote()) {
                return k + 1;
            }
            if (x.isQuote() || x.is(";") || x.is(".") || x.is("!") || x.is("?")) {
                return -1;
            }
        }
        return -1;
    }

    private int findWord(List<Token> toks, int a, int b, String w) {
        for (int k = a; k < b; k++) {
            if (toks.get(k).isWord() && toks.get(k).lower().equals(w)) {
                return k;
            }
        }
        return -1;
    }

    private int skipAdverbials(List<Token> toks, int c) {
        int n = toks.size();
        int guard = 0;
        while (c < n && guard++ < 4) {
            Token x = toks.get(c);
            if (!x.isWord() || !lex.adverbialStarts.contains(x.lower())) {
                break;
            }
            int k = c + 1;
            while (k < n && k - c < MAX_ADVERBIAL && !toks.get(k).isBoundary() && !toks.get(k).isQuote()
                    && !(toks.get(k).isWord() && lex.complementizers.contains(toks.get(k).lower()))
                    && !(toks.get(k).isWord() && lex.adverbialStarts.contains(toks.get(k).lower()) && k > c + 1)) {
                k++;
            }
            if (k - c >= MAX_ADVERBIAL) {
                break;
            }
            c = k;
        }
        return c;
    }
}
