package org.dateline.analyze.quote;

import org.dateline.analyze.Analysis;
import org.dateline.analyze.Analysis.Quote;
import org.dateline.analyze.Analysis.Speaker;
import org.dateline.analyze.lex.Token;
import org.dateline.analyze.text.QuoteMarks;
import org.dateline.analyze.text.Span;
import org.dateline.analyze.text.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds who said what in an article: direct quotations (any quote-mark convention, split by their
 * attribution, running over several paragraphs), partial quotations inside a sentence, reported
 * speech without quote marks, and speakers resolved to full names with role and organisation.
 *
 * <p>Rule-based over the sentences of {@link Text}: each sentence is cut into tokens (a quotation is
 * one token); a reporting verb or a source phrase of the language's {@link SpeechLexicon} is a cue;
 * its speaker is the noun phrase before it ("Kirby said"), after it ("said Kirby", "according to
 * Kirby") or that of the sentence's main clause ("…, adding that"); its content is what stands after
 * it ("said that …", "said: “…”") or before it ("“…,” he said"). Quotations with no cue in their
 * sentence belong to the speaker of the quotations around them, or are titles and scare quotes
 * ({@code kind: term}). Every step looks at a bounded window of tokens, so the whole is linear in
 * the length of the text.
 *
 * <p>Immutable and thread-safe; {@link #find} keeps its state on the stack.
 */
public final class QuoteFinder {

    static final String DIRECT = "direct";
    static final String PARTIAL = "partial";
    static final String INDIRECT = "indirect";
    static final String TERM = "term";

    /** Tokens a noun phrase may span; longer runs are not a speaker. */
    private static final int MAX_NP = 12;
    /** Tokens an adverbial after a verb may span ("said in a statement on Tuesday"). */
    private static final int MAX_ADVERBIAL = 7;
    /** Words a content needs when no "that", colon or quotation marks it ("said enough" is not one). */
    private static final int MIN_PLAIN_CONTENT = 3;
    /** A quotation of at most this many words inside a sentence with no cue is a scare quote. */
    private static final int MAX_TERM_WORDS = 4;
    /** Title-case quotations up to this many words are titles of works (in languages that write them so). */
    private static final int MAX_TITLE_WORDS = 10;
    /**
     * Attributions read per sentence; real sentences have one to three. Bounds the pairwise checks
     * on pathological input (a 200 KB "sentence" of "he said he said …").
     */
    private static final int MAX_CUES = 32;
    /**
     * Paragraphs back a quotation with no attribution of its own still belongs to the last speaker
     * ("“…,” Mayor Lee said. / She spoke for an hour. / “…”"). One to three changed nothing on the
     * dev sets; two reads the common layout of one paragraph of narration between quotations.
     */
    private static final int FLOAT_PARAGRAPHS = 2;
    /** Units a floating quotation looks ahead over for its speaker. */
    private static final int MAX_LOOKAHEAD = 24;

    private final SpeechLexicon lex;

    public QuoteFinder(String language) {
        this.lex = SpeechLexicon.of(language);
    }

    /** The quotations and reported statements of {@code text}, in document order. */
    public List<Quote> find(Text text) {
        return new Run(text).run();
    }

    /** A quotation or statement being assembled: one or more parts (split quotes, paragraphs). */
    private static final class Unit {
        final List<Span> parts = new ArrayList<>();
        String kind;
        Speaker speaker;
        String cue;
        boolean contextSpeaker;
        int paragraph;
        int sentence;
        boolean dropped;
        /** The unit this one was merged into when dropped (a quotation's next sentence), or null. */
        Unit mergedInto;

        Unit(String kind, Span part, int paragraph, int sentence) {
            this.kind = kind;
            this.parts.add(part);
            this.paragraph = paragraph;
            this.sentence = sentence;
        }

        int start() {
            return parts.get(0).start();
        }
    }

    /** A cue with its speaker and content, as token ranges of one sentence. */
    private static final class Attr {
        int cueA;
        int cueB;
        String cue;
        int spkA = -1;
        int spkB = -1;
        int appA = -1;
        int appB = -1;
        Speaker speaker;
        boolean inherit;
        /** An "-ing" form after a preposition: nested in the content before it, which goes on. */
        boolean gerund;
        int groupA;
        int groupB;
        int conA = -1;
        int conB = -1;
        int con2A = -1;
        int con2B = -1;
        boolean after;
        boolean strongAfter;
        boolean intro;
        boolean impersonal;
        boolean mixed;
        int relA = -1;
    }

    private final class Run {
        final Text text;
        final String t;
        final Discourse discourse;
        final List<Unit> units = new ArrayList<>();
        final Map<QuoteMarks.Pair, Unit> continued = new IdentityHashMap<>();
        Speaker introSpeaker;
        String introCue;
        int introParagraph = -10;
        Speaker lastSpeaker;
        String lastCue;
        int lastSpeakerParagraph = -10;
        int lastSpeakerSentence = -10;
        boolean reportedChain;
        int sentenceNo;
        List<Token> indexed;
        int currentParagraph;
        int[] wordsBefore;
        int[] clauseStarts;
        Map<Token, Integer> positions;

        Run(Text text) {
            this.text = text;
            this.t = text.text();
            this.discourse = new Discourse(lex, text);
        }

        List<Quote> run() {
            List<Text.Paragraph> paragraphs = text.paragraphs();
            for (Text.Paragraph p : paragraphs) {
                currentParagraph = p.index();
                List<QuoteMarks.Pair> pairs = usablePairs(p.index(), paragraphs.size());
                int before = units.size();
                if (!speakerTurn(p, pairs)) {
                    for (Span s : sentenceSpans(p, pairs)) {
                        sentence(p, s, pairs);
                        sentenceNo++;
                    }
                }
                settleParagraph(before, p.index());
            }
            List<Quote> out = new ArrayList<>();
            for (Unit u : units) {
                if (u.dropped) {
                    continue;
                }
                Quote q = toQuote(u);
                if (!q.text().isBlank()) {
                    out.add(q);
                }
            }
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return out;
        }

        /**
         * The paragraph's quotations, without an unclosed one that neither opens the paragraph nor
         * runs on into a next paragraph that reopens it (a stray mark, not a quotation).
         */
        List<QuoteMarks.Pair> usablePairs(int pi, int count) {
            List<QuoteMarks.Pair> pairs = text.quotes(pi);
            if (pairs.isEmpty() || pairs.get(pairs.size() - 1).closed()) {
                return pairs;
            }
            QuoteMarks.Pair last = pairs.get(pairs.size() - 1);
            Span para = text.paragraphs().get(pi).span();
            boolean opensParagraph = last.openMark().start() == para.start();
            boolean runsOn = false;
            if (pi + 1 < count) {
                Span next = text.paragraphs().get(pi + 1).span();
                List<QuoteMarks.Pair> np = text.quotes(pi + 1);
                runsOn = !np.isEmpty() && np.get(0).openMark().start() == next.start() && np.get(0).doubleMarks();
            }
            if (opensParagraph || runsOn) {
                return pairs;
            }
            return pairs.subList(0, pairs.size() - 1);
        }

        /** The paragraph's sentences; an unclosed quotation and everything after it make one. */
        List<Span> sentenceSpans(Text.Paragraph p, List<QuoteMarks.Pair> pairs) {
            List<Span> out = new ArrayList<>();
            int open = !pairs.isEmpty() && !pairs.get(pairs.size() - 1).closed()
                    ? pairs.get(pairs.size() - 1).openMark().start() : Integer.MAX_VALUE;
            for (Text.Sentence s : p.sentences()) {
                if (s.span().end() > open) {
                    out.add(new Span(Math.min(s.span().start(), open), p.span().end()));
                    break;
                }
                Span prev = out.isEmpty() ? null : out.get(out.size() - 1);
                if (prev != null && attributionOnly(prev, s.span(), pairs)) {
                    out.set(out.size() - 1, new Span(prev.start(), s.span().end()));
                } else {
                    out.add(s.span());
                }
            }
            return out;
        }

        /** The closed quotation whose closing mark ends at {@code end}, by binary search, or null. */
        QuoteMarks.Pair pairEndingAt(List<QuoteMarks.Pair> pairs, int end) {
            // The last quotation opened before the end; nested single quotes may sit just before it.
            int lo = 0;
            int hi = pairs.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs.get(mid).openMark().start() < end) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int k = lo - 1; k >= 0 && k >= lo - 3; k--) {
                QuoteMarks.Pair p = pairs.get(k);
                if (p.closed() && p.closeMark().end() == end) {
                    return p;
                }
            }
            return null;
        }

        /**
         * "“How many times…?” Clinton said.": a sentence splitter cuts after the question mark, but
         * a short sentence that starts with its speaker and verb attributes the quotation before it.
         */
        boolean attributionOnly(Span prev, Span s, List<QuoteMarks.Pair> pairs) {
            if (s.length() > 300 || prev.end() < 1 || "\"”»“«'’".indexOf(t.charAt(prev.end() - 1)) < 0) {
                return false;
            }
            QuoteMarks.Pair last = pairEndingAt(pairs, prev.end());
            if (last == null) {
                return false;
            }
            List<Token> toks = SentenceTokenizer.tokenize(t, s.start(), s.end(), pairs);
            int words = 0;
            for (Token k : toks) {
                if (k.isWord()) {
                    words++;
                }
                if (k.isQuote()) {
                    return false;
                }
            }
            if (words > 14) {
                return false;
            }
            for (int i = 0; i < Math.min(6, toks.size()); i++) {
                Token k = toks.get(i);
                if (!k.isWord()) {
                    return false;
                }
                SpeechLexicon.Form f = lex.verbAt(toks, i);
                if (f != null && !f.ambiguous()) {
                    return i == 0 || leftNP(toks, i) == 0 || lex.auxiliaries.contains(toks.get(i - 1).lower());
                }
            }
            return false;
        }

        /** "PENCE: Well, look…" or "Pat Caddell: …" — a paragraph opened by a speaker's name and a colon. */
        boolean speakerTurn(Text.Paragraph p, List<QuoteMarks.Pair> pairs) {
            if (p.sentences().isEmpty()) {
                return false;
            }
            Span s0 = p.sentences().get(0).span();
            List<Token> toks = SentenceTokenizer.tokenize(t, s0.start(), Math.min(s0.end(), s0.start() + 200), pairs);
            int k = 0;
            while (k < toks.size() && k <= 6 && (toks.get(k).isWord() || toks.get(k).is(".") || toks.get(k).isPossessive())) {
                k++;
            }
            if (k == 0 || k > 6 || k >= toks.size()) {
                return false;
            }
            Token sep = toks.get(k);
            boolean colon = sep.is(":");
            boolean dash = (sep.is("―") || sep.is("—") || sep.is("--") || sep.is("–")) && k + 1 < toks.size()
                    && toks.get(k + 1).isQuote();
            if (!colon && !dash || k + 1 >= toks.size()) {
                return false; // a label and a colon that end the sentence introduce nothing here
            }
            if (lex.colonLabels.contains(SpeechLexicon.norm(Discourse.join(toks, 0, k)))
                    || lex.colonLabels.contains(toks.get(0).lower()) || k == 1 && lex.headingLabel(toks.get(0).lower())) {
                return false;
            }
            // "Bildung: Die SPD will …": German capitalises every noun, so a one-word label that names
            // no one met before (an interview labels its speakers by the surname given in its
            // introduction) is a heading: what follows is still said, by whom the label does not say.
            boolean heading = lex.grammar.nounsCapitalized() && k == 1 && !toks.get(0).allCaps() && !toks.get(k + 1).isQuote()
                    && !discourse.knowsPerson(toks.get(0).lower());
            for (int i = 0; i < k; i++) {
                Token w = toks.get(i);
                if (w.isWord() && !w.capitalized() && !lex.nameLinks.contains(w.lower())) {
                    return false;
                }
            }
            if (lex.notNames.contains(toks.get(0).lower()) && !lex.documentWords.contains(toks.get(0).lower())) {
                return false;
            }
            if (!heading && p.index() > 0 && !labelNamesSomeone(toks, k)) {
                discourse.notASpeaker(Discourse.join(toks, 0, k));
                return false;
            }
            int contentStart = toks.get(k + 1).start();
            discourse.observe(toks);
            Speaker speaker = heading ? null : discourse.byFirstName(discourse.resolve(toks, 0, k, -1, -1));
            Span content = trimSpan(contentStart, p.span().end());
            boolean quoted = toks.get(k + 1).isQuote();
            boolean transcript = toks.get(k - 1).allCaps() || quoted;
            Unit u;
            if (quoted && toks.get(k + 1).quote().closed()
                    && toks.get(k + 1).end() >= lastNonPunct(p.span().end())) {
                u = new Unit(DIRECT, toks.get(k + 1).quote().content(), p.index(), sentenceNo);
            } else {
                u = new Unit(transcript ? DIRECT : INDIRECT, content, p.index(), sentenceNo);
            }
            u.speaker = speaker;
            u.cue = sep.text();
            units.add(u);
            noteSpeaker(speaker, u.cue, p.index());
            sentenceNo += p.sentences().size();
            return true;
        }

        /**
         * Whether the label {@code [0, k)} before a colon names a speaker, on evidence: a person
         * named before by this name, surname or first name; a first name or a title opening it
         * ("Pat Caddell:", "Dr. Li:"); or a quotation after it, unless one of its words is one the
         * article writes in lower case ("Accuracy:") or one that is never a name. Capitals alone
         * ("KEEPING SCORE:") are no evidence. Without any, "Strict Standards:", "Record
         * Label:" and "Fill:" are labels of a list or a heading, not speakers. (A headline's "Poll: …",
         * "Pence: …" is an attribution whatever the label: the first paragraph is not asked.)
         */
        boolean labelNamesSomeone(List<Token> toks, int k) {
            String label = SpeechLexicon.norm(Discourse.join(toks, 0, k));
            if (discourse.knowsPersonCalled(label) || discourse.knowsPersonCalled(toks.get(k - 1).lower())) {
                return true;
            }
            boolean common = false;
            for (int i = 0; i < k; i++) {
                Token w = toks.get(i);
                if (w.isWord() && !lex.honorifics.contains(w.lower())
                        && (discourse.writtenLowercase(w) || lex.notNames.contains(w.lower()))) {
                    common = true;
                }
            }
            Token first = toks.get(0);
            if (!common && (discourse.firstName(first) || lex.honorifics.contains(first.lower())) && k >= 2) {
                return true;
            }
            // Capitals alone are no evidence: "ENERGY:", "KEEPING SCORE:" head a section; a
            // transcript's "PENCE:" names someone the article has named.
            return toks.get(k + 1).isQuote() && !common;
        }

        int lastNonPunct(int end) {
            int e = end;
            while (e > 0 && !Character.isLetterOrDigit(t.charAt(e - 1)) && !isMarkChar(t.charAt(e - 1))) {
                e--;
            }
            return e;
        }

        boolean isMarkChar(char c) {
            return "\"“”„‟«»‘’‚‛‹›'".indexOf(c) >= 0;
        }

        void noteSpeaker(Speaker s, String cue, int paragraph) {
            if (s != null) {
                lastSpeaker = s;
                lastCue = cue;
                lastSpeakerParagraph = paragraph;
                lastSpeakerSentence = sentenceNo;
            }
        }

        void sentence(Text.Paragraph p, Span s, List<QuoteMarks.Pair> pairs) {
            List<Token> toks = SentenceTokenizer.tokenize(t, s.start(), s.end(), pairs);
            if (toks.isEmpty()) {
                return;
            }
            discourse.observe(toks);
            index(toks);
            List<Attr> attrs = attributions(toks);
            Map<Token, Attr> owner = new HashMap<>();
            boolean any = false;
            for (Attr a : attrs) {
                if (a.speaker == null && !a.inherit && !a.impersonal) {
                    continue;
                }
                emit(a, toks, owner, p.index());
                any = true;
            }
            // An intro at the end of the previous paragraph ("He said:") owns this paragraph's opening.
            boolean introHere = introSpeaker != null && introParagraph == p.index() - 1
                    && s.start() == p.span().start();
            if (introHere && !any) {
                Unit u;
                if (toks.get(0).isQuote() && p.sentences().size() >= 1) {
                    u = new Unit(DIRECT, toks.get(0).quote().content(), p.index(), sentenceNo);
                    owner.put(toks.get(0), new Attr());
                    bindContinuation(toks.get(0), u);
                } else {
                    u = new Unit(DIRECT, trimSpan(p.span().start(), p.span().end()), p.index(), sentenceNo);
                    for (Token k : toks) {
                        if (k.isQuote()) {
                            owner.put(k, new Attr());
                        }
                    }
                }
                u.speaker = introSpeaker;
                u.cue = introCue;
                units.add(u);
                noteSpeaker(introSpeaker, introCue, p.index());
                introSpeaker = null;
                any = true;
            }
            if (!any) {
                any = colonSentence(p, toks, owner) || dashSentence(p, toks, owner);
            }
            if (!any) {
                reported(p, s, toks, owner);
            } else {
                reportedChain = true;
            }
            for (int i = 0; i < toks.size(); i++) {
                Token k = toks.get(i);
                if (k.isQuote() && !owner.containsKey(k)) {
                    unowned(toks, i, p.index(), nearest(attrs, i));
                }
            }
        }

        /**
         * "Der Regierungssprecher versuchte mit den Worten zu beruhigen: „…“": a sentence that opens
         * with a person and ends in a colon and a quotation quotes that person, verb or not.
         */
        boolean colonSentence(Text.Paragraph p, List<Token> toks, Map<Token, Attr> owner) {
            int n = toks.size();
            int q = n - 1;
            while (q > 0 && toks.get(q).kind() == Token.Kind.PUNCT) {
                q--;
            }
            if (q < 3 || !toks.get(q).isQuote() || !toks.get(q - 1).is(":") || !toks.get(q).quote().closed()) {
                return false;
            }
            int end = rightNP(toks, 0, false);
            if (end <= 0 || end >= q - 1) {
                return false;
            }
            int e2 = end < n && toks.get(end).is(",") ? appositiveEnd(toks, end) : end;
            Speaker sp = discourse.resolve(toks, 0, end, end < e2 ? end + 1 : -1, e2);
            if (!sp.type().equals(Discourse.PERSON) && !sp.type().equals(Discourse.ORGANIZATION)) {
                return false;
            }
            Unit u = unitFor(toks.get(q), DIRECT, p.index());
            u.speaker = sp;
            u.cue = ":";
            u.contextSpeaker = false;
            owner.put(toks.get(q), null);
            noteSpeaker(sp, ":", p.index());
            return true;
        }

        /** "“Maybe we can build a wall around him.” ― Steve Quinlan.": a quotation signed after a dash. */
        boolean dashSentence(Text.Paragraph p, List<Token> toks, Map<Token, Attr> owner) {
            int n = toks.size();
            if (n < 3 || !toks.get(0).isQuote() || !isDash(toks.get(1))) {
                return false;
            }
            int end = rightNP(toks, 2, false);
            int rest = end;
            while (rest < n && toks.get(rest).kind() == Token.Kind.PUNCT && !isDash(toks.get(rest))) {
                rest++;
            }
            if (end <= 2 || rest < n && !toks.get(end).is(",")) {
                return false;
            }
            Speaker sp = discourse.resolve(toks, 2, end, -1, -1);
            Unit u = unitFor(toks.get(0), DIRECT, p.index());
            u.speaker = sp;
            u.cue = toks.get(1).text();
            u.contextSpeaker = false;
            owner.put(toks.get(0), null);
            noteSpeaker(sp, u.cue, p.index());
            return true;
        }

        boolean isDash(Token t) {
            return t.is("―") || t.is("—") || t.is("–") || t.is("--");
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

        /** The attribution of the sentence nearest to token {@code i}, or null. */
        Attr nearest(List<Attr> attrs, int i) {
            Attr best = null;
            int dist = Integer.MAX_VALUE;
            for (Attr a : attrs) {
                if (a.speaker == null || a.intro) {
                    continue;
                }
                int d = Math.min(Math.abs(a.cueA - i), Math.abs(a.groupA - i));
                if (d < dist) {
                    dist = d;
                    best = a;
                }
            }
            return best;
        }

        /** True when a finite verb of the subjunctive I stands in {@code [a, b)} (a lower-case word of the list). */
        boolean subjunctiveIn(List<Token> toks, int a, int b) {
            for (int k = a; k < b; k++) {
                Token x = toks.get(k);
                if (x.isWord() && x.lowercase() && lex.subjunctive.contains(x.lower())) {
                    return true;
                }
            }
            return false;
        }

        /** German-style reported speech: a sentence in the subjunctive after an attribution continues it. */
        void reported(Text.Paragraph p, Span s, List<Token> toks, Map<Token, Attr> owner) {
            if (lex.subjunctive.isEmpty() || lastSpeaker == null || !reportedChain
                    || p.index() - lastSpeakerParagraph > 1 || sentenceNo - lastSpeakerSentence > 4) {
                reportedChain = false;
                return;
            }
            boolean subj = false;
            int words = 0;
            for (Token k : toks) {
                if (k.isWord()) {
                    words++;
                    // A capitalised "Stelle", "Folge", "Sorge" inside a sentence is the noun, not the verb.
                    if (lex.subjunctive.contains(k.lower()) && (k.lowercase() || !lex.grammar.nounsCapitalized() || words == 1)) {
                        subj = true;
                    }
                }
            }
            if (!subj || toks.get(0).isQuote() && words <= 2) {
                reportedChain = false;
                return;
            }
            Unit u = new Unit(INDIRECT, trimEnd(s), p.index(), sentenceNo);
            u.speaker = lastSpeaker;
            u.cue = null;
            units.add(u);
            lastSpeakerSentence = sentenceNo;
            lastSpeakerParagraph = p.index();
            for (Token k : toks) {
                if (k.isQuote() && wordCount(k.quote().content()) >= lex.partialMinWords
                        && !isTitle(toks, indexOf(toks, k), wordCount(k.quote().content()))) {
                    Unit q = new Unit(PARTIAL, k.quote().content(), p.index(), sentenceNo);
                    q.speaker = lastSpeaker;
                    units.add(q);
                    owner.put(k, null);
                }
            }
        }

        Span trimEnd(Span s) {
            int e = s.end();
            while (e > s.start() && ".!?".indexOf(t.charAt(e - 1)) >= 0) {
                e--;
            }
            return new Span(s.start(), e);
        }

        /** A quotation its sentence does not attribute: a title or scare quote, or a floating quote. */
        void unowned(List<Token> toks, int i, int paragraph, Attr host) {
            Token q = toks.get(i);
            QuoteMarks.Pair pair = q.quote();
            int words = wordCount(pair.content());
            int outside = countWords(toks, 0, toks.size()) - countQuotes(toks);
            Unit cont = live(continued.get(pair));
            if (words == 0) {
                return;
            }
            if (cont == null && (isTitle(toks, i, words))) {
                units.add(new Unit(TERM, pair.content(), paragraph, sentenceNo));
                return;
            }
            boolean floating = words >= 2 && (outside <= 2 || i == 0 && outside <= 4);
            if (!floating && host != null && words >= lex.partialMinWords && cont == null) {
                // A quotation in a sentence that attributes something: that speaker's words.
                Unit u = new Unit(PARTIAL, pair.content(), paragraph, sentenceNo);
                attribute(u, host);
                units.add(u);
                return;
            }
            if (!floating && words <= MAX_TERM_WORDS && cont == null) {
                units.add(new Unit(TERM, pair.content(), paragraph, sentenceNo));
                return;
            }
            Unit u = new Unit(floating ? DIRECT : PARTIAL, pair.content(), paragraph, sentenceNo);
            u.contextSpeaker = true;
            if (cont != null) {
                cont.parts.add(pair.content());
                bindContinuation(q, cont);
                return;
            }
            units.add(u);
            bindContinuation(q, u);
        }

        int countQuotes(List<Token> toks) {
            if (toks == indexed) {
                return positions.size();
            }
            int c = 0;
            for (Token k : toks) {
                if (k.isQuote()) {
                    c++;
                }
            }
            return c;
        }

        boolean isTitle(List<Token> toks, int i, int words) {
            Span c = toks.get(i).quote().content();
            // A title cue right before: "titled “…”", "the book “…”", German "die Tageszeitung „…“".
            if (i > 0 && lex.phraseEndingAt(lex.titleCues, toks, i, 0) > 0) {
                return true;
            }
            if (i > 0 && lex.grammar.closedCompounds() && toks.get(i - 1).isWord() && compoundEndsWithCue(toks.get(i - 1).lower())) {
                return true;
            }
            if (words >= 1 && addressLike(c)) {
                return true; // a domain or an address: news.bbc.co.uk
            }
            if (words >= 2 && words <= MAX_TITLE_WORDS) {
                if (lex.titleCase && titleCase(c) && !headline(toks, i)) {
                    return true;
                }
                if (lex.capitalizedNames && allCapitalized(c)) {
                    return true;
                }
            }
            return false;
        }

        /** No space, and a dot, slash or at-sign inside: "icelandreview.com". */
        boolean addressLike(Span s) {
            if (s.length() < 4 || s.length() > 100) {
                return false;
            }
            boolean mark = false;
            for (int i = s.start(); i < s.end(); i++) {
                char ch = t.charAt(i);
                if (Character.isWhitespace(ch)) {
                    return false;
                }
                if ((ch == '.' || ch == '/' || ch == '@') && i > s.start() && i < s.end() - 1
                        && Character.isLetterOrDigit(t.charAt(i + 1))) {
                    mark = true;
                }
            }
            return mark;
        }

        /** "Umweltschutzorganisation" ends with "organisation": a German compound naming what follows. */
        boolean compoundEndsWithCue(String w) {
            for (int k = 1; k < w.length() - 3; k++) {
                if (lex.titleCues.contains(w.substring(k))) {
                    return true;
                }
            }
            return false;
        }

        /** Every word capitalised ("Neues Deutschland", "Black Lion Hospital"): in German, a name. */
        boolean allCapitalized(Span s) {
            boolean start = true;
            for (int i = s.start(); i < s.end(); i++) {
                char ch = t.charAt(i);
                if (Character.isLetterOrDigit(ch)) {
                    if (start && Character.isLowerCase(ch)) {
                        return false;
                    }
                    start = false;
                } else if (Character.isWhitespace(ch)) {
                    start = true;
                }
            }
            return true;
        }

        /**
         * A sentence in Title Case outside its quotation is a headline ("Hillary Clinton Speaks
         * ‘Directly To White People’"): there Title Case says nothing about the quotation.
         */
        boolean headline(List<Token> toks, int q) {
            int caps = 0;
            int words = 0;
            for (int k = 0; k < toks.size(); k++) {
                Token x = toks.get(k);
                if (k != q && x.isWord() && x.text().length() >= 4) {
                    words++;
                    if (x.capitalized()) {
                        caps++;
                    }
                }
            }
            return words >= 2 && caps * 5 >= words * 4;
        }

        /**
         * Every word of four letters or more capitalised (at least two of them), and no sentence
         * punctuation inside or at the end: "Cubs of the Caliphate", not "Neither do I."
         */
        boolean titleCase(Span s) {
            int i = s.start();
            int e = s.end();
            int checked = 0;
            while (i < e) {
                char c = t.charAt(i);
                if (c == '.' || c == '!' || c == '?' || c == ',') {
                    if (i < e - 1 || c == '.') {
                        return false;
                    }
                }
                if (Character.isLetter(c) && (i == s.start() || !Character.isLetterOrDigit(t.charAt(i - 1))
                        && t.charAt(i - 1) != '\'' && t.charAt(i - 1) != '’')) {
                    int j = i;
                    while (j < e && Character.isLetter(t.charAt(j))) {
                        j++;
                    }
                    if (j - i >= 4) {
                        checked++;
                        if (!Character.isUpperCase(c)) {
                            return false;
                        }
                    }
                    i = j;
                    continue;
                }
                i++;
            }
            return checked >= 2;
        }

        int wordCount(Span s) {
            int n = 0;
            boolean in = false;
            for (int i = s.start(); i < s.end(); i++) {
                boolean w = Character.isLetterOrDigit(t.charAt(i));
                if (w && !in) {
                    n++;
                }
                in = w;
            }
            return n;
        }

        void bindContinuation(Token q, Unit u) {
            QuoteMarks.Pair pair = q.quote();
            if (pair.closed()) {
                return;
            }
            // The next paragraph reopens this quotation: its first quotation continues this unit.
            int k = currentParagraph;
            if (k + 1 >= text.paragraphs().size()) {
                return;
            }
            List<QuoteMarks.Pair> here = text.quotes(k);
            if (here.isEmpty() || here.get(here.size() - 1) != pair) {
                return;
            }
            List<QuoteMarks.Pair> next = text.quotes(k + 1);
            if (!next.isEmpty() && next.get(0).openMark().start() == text.paragraphs().get(k + 1).span().start()) {
                continued.put(next.get(0), u);
            }
        }

        /** Turns an attribution into units; records which quotation tokens it owns. */
        void emit(Attr a, List<Token> toks, Map<Token, Attr> owner, int paragraph) {
            Speaker sp = a.speaker;
            if (a.intro) {
                introSpeaker = sp;
                introCue = a.cue;
                introParagraph = paragraph;
                noteSpeaker(sp, a.cue, paragraph);
                return;
            }
            if (a.conA < 0) {
                return;
            }
            List<Token> quotes1 = quotesIn(toks, a.conA, a.conB);
            boolean whole1 = quotes1.size() == 1 && onlyPunctBesides(toks, a.conA, a.conB)
                    && !isTitle(toks, indexOf(toks, quotes1.get(0)), wordCount(quotes1.get(0).quote().content()));
            if (a.con2A >= 0) {
                List<Token> quotes2 = quotesIn(toks, a.con2A, a.con2B);
                boolean whole2 = quotes2.size() == 1 && onlyPunctBesides(toks, a.con2A, a.con2B);
                if (whole1 && whole2) {
                    Unit u = unitFor(quotes1.get(0), DIRECT, paragraph);
                    u.parts.add(quotes2.get(0).quote().content());
                    bindContinuation(quotes2.get(0), u);
                    attribute(u, a);
                    owner.put(quotes1.get(0), a);
                    owner.put(quotes2.get(0), a);
                    noteSpeaker(sp, a.cue, paragraph);
                    return;
                }
            }
            if (whole1) {
                // "sprach von „einer historischen Chance“": the quoted words complete a verb of naming,
                // a partial quotation of its subject, not a statement of its own.
                Unit u = unitFor(quotes1.get(0), lex.namingCue(a.cue) ? PARTIAL : DIRECT, paragraph);
                attribute(u, a);
                owner.put(quotes1.get(0), a);
                noteSpeaker(sp, a.cue, paragraph);
                if (!a.mixed) {
                    return;
                }
                a.conA = a.con2A;
                a.conB = a.con2B;
                a.con2A = -1;
                quotes1 = quotesIn(toks, a.conA, a.conB);
            }
            Span content = trimSpan(toks.get(a.conA).start(), toks.get(a.conB - 1).end());
            if (content.length() == 0 || wordCount(content) == 0) {
                return;
            }
            Unit u = new Unit(INDIRECT, content, paragraph, sentenceNo);
            List<Token> quotes = new ArrayList<>(quotes1);
            if (a.con2A >= 0 && a.con2B > a.con2A) {
                Span second = trimSpan(toks.get(a.con2A).start(), toks.get(a.con2B - 1).end());
                if (second.length() > 0) {
                    u.parts.add(second);
                    quotes.addAll(quotesIn(toks, a.con2A, a.con2B));
                }
            }
            attribute(u, a);
            units.add(u);
            for (Token q : quotes) {
                owner.put(q, a);
                int words = wordCount(q.quote().content());
                if (words == 0) {
                    continue;
                }
                int qi = indexOf(toks, q);
                if (isTitle(toks, qi, words)) {
                    unitFor(q, TERM, paragraph);
                } else if (words >= lex.partialMinWords || continued.containsKey(q.quote())) {
                    attribute(unitFor(q, PARTIAL, paragraph), a);
                }
            }
            noteSpeaker(sp, a.cue, paragraph);
        }

        /**
         * The unit a continued quotation goes on: the one it began in, or, when that sentence was
         * merged into the quotation before it, that one ("…,” she said. “It will take…¶“But we…”").
         */
        Unit live(Unit u) {
            while (u != null && u.dropped && u.mergedInto != null) {
                u = u.mergedInto;
            }
            return u;
        }

        Unit unitFor(Token q, String kind, int paragraph) {
            Unit cont = live(continued.get(q.quote()));
            if (cont != null) {
                cont.parts.add(q.quote().content());
                bindContinuation(q, cont);
                return cont;
            }
            Unit u = new Unit(kind, q.quote().content(), paragraph, sentenceNo);
            units.add(u);
            bindContinuation(q, u);
            return u;
        }

        void attribute(Unit u, Attr a) {
            if (u.speaker == null || u.contextSpeaker) {
                u.speaker = a.speaker;
                u.cue = a.cue;
                u.contextSpeaker = false;
            }
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

        /**
         * After a paragraph: floating quotations take the speaker of the quotations around them, and
         * a quotation-only sentence right after an attributed one continues it ("“A,” he said. “B.”").
         */
        void settleParagraph(int from, int paragraph) {
            Unit prevDirect = null;
            for (int k = from; k < units.size(); k++) {
                Unit u = units.get(k);
                if (u.dropped || u.paragraph != paragraph && u.parts.size() == 1) {
                    continue;
                }
                if (u.kind.equals(DIRECT) && u.contextSpeaker && prevDirect != null && !prevDirect.dropped
                        && u.sentence == prevDirect.sentence + 1 && u.parts.size() == 1 && prevDirect.speaker != null) {
                    prevDirect.parts.add(u.parts.get(0));
                    u.dropped = true;
                    u.mergedInto = prevDirect;
                    prevDirect.sentence = u.sentence;
                    continue;
                }
                if (u.kind.equals(DIRECT)) {
                    prevDirect = u;
                }
            }
            for (int k = from; k < units.size(); k++) {
                Unit u = units.get(k);
                if (u.dropped || !u.contextSpeaker || u.speaker != null) {
                    continue;
                }
                Unit next = null;
                for (int m = k + 1; m < units.size() && m - k <= MAX_LOOKAHEAD; m++) {
                    Unit n = units.get(m);
                    if (!n.dropped && !n.contextSpeaker && n.speaker != null && n.kind.equals(DIRECT)) {
                        next = n;
                        break;
                    }
                }
                if (next != null && next.paragraph == u.paragraph && next.sentence == u.sentence + 1) {
                    u.speaker = next.speaker;
                    u.cue = next.cue;
                } else if (lastSpeaker != null && paragraph - lastSpeakerParagraph <= FLOAT_PARAGRAPHS && u.kind.equals(DIRECT)) {
                    u.speaker = lastSpeaker;
                    u.cue = null;
                } else if (lastSpeaker != null && lastSpeakerParagraph == paragraph) {
                    u.speaker = lastSpeaker;
                    u.cue = null;
                }
            }
        }

        Quote toQuote(Unit u) {
            StringBuilder sb = new StringBuilder();
            int start = u.parts.get(0).start();
            int end = u.parts.get(0).end();
            List<Analysis.Fragment> spans = new ArrayList<>(u.parts.size());
            for (Span s : u.parts) {
                int e = s.end();
                // A comma before the closing mark belongs to the sentence around the quotation.
                while (e > s.start() && (",;:".indexOf(t.charAt(e - 1)) >= 0 || Character.isWhitespace(t.charAt(e - 1)))) {
                    e--;
                }
                if (e == s.start()) {
                    continue;
                }
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(t, s.start(), e);
                spans.add(new Analysis.Fragment(s.start(), e));
                start = Math.min(start, s.start());
                end = Math.max(end, e);
            }
            Speaker sp = u.kind.equals(TERM) ? null : u.speaker;
            String cue = u.kind.equals(TERM) ? null : u.cue;
            return new Quote(sb.toString(), u.kind, sp, cue, start, end, spans, lex.cueType(cue));
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

        // ---- attributions of one sentence ------------------------------------------------------

        List<Attr> attributions(List<Token> toks) {
            List<Attr> out = new ArrayList<>();
            int n = toks.size();
            for (int i = 0; i < n && out.size() < MAX_CUES; i++) {
                Token k = toks.get(i);
                if (!k.isWord()) {
                    continue;
                }
                SpeechLexicon.SourcePhrase sp = lex.sourcePhraseAt(toks, i);
                if (sp != null) {
                    Attr a = sourcePhrase(toks, i, i + sp.words().length, i + sp.sourceFrom(), sp.cue());
                    if (a != null) {
                        out.add(a);
                        i = Math.max(i, a.groupB - 1);
                        continue;
                    }
                }
                if (lex.postpositions.contains(k.lower())) {
                    Attr a = postposition(toks, i);
                    if (a != null) {
                        out.add(a);
                        continue;
                    }
                }
                if (lex.postSourceWords.contains(k.lower())) {
                    Attr a = postSource(toks, i);
                    if (a != null) {
                        out.add(a);
                        i = a.groupB - 1;
                        continue;
                    }
                }
                for (SpeechLexicon.Form f : lex.verbsAt(toks, i)) {
                    Attr a = verb(toks, i, f, out);
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
                Attr b = out.get(y);
                if (b.conA < 0 || b.after) {
                    continue;
                }
                for (int x = 0; x < y; x++) {
                    Attr a = out.get(x);
                    if ((a.after || a.conA < 0) && a.groupA >= b.conA && a.groupB <= b.groupA) {
                        nested[x] = true;
                    }
                }
            }
            for (int x = 0; x < out.size(); x++) {
                Attr a = out.get(x);
                if (nested[x] || a.conA < 0 || !a.after) {
                    continue;
                }
                for (int y = x + 1; y < out.size(); y++) {
                    Attr b = out.get(y);
                    if (b.groupA >= a.conA && b.groupA < a.conB && !b.inherit && b.groupA > 0) {
                        Token before = toks.get(b.groupA - 1);
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
                Attr a = out.get(x);
                if (a.conA < 0 || !a.after) {
                    continue;
                }
                for (int y = x + 1; y < out.size(); y++) {
                    Attr b = out.get(y);
                    int g = b.groupA;
                    if (g > a.conA && g < a.conB) {
                        if ((b.after || b.conA < 0 || b.inherit) && !b.gerund) {
                            a.conB = trimBack(toks, a.conA, g);
                        }
                        if (!b.gerund) {
                            break;
                        }
                    }
                }
            }
            // Content before a cue starts after the previous attribution's words.
            for (int x = 1; x < out.size(); x++) {
                Attr a = out.get(x);
                Attr prev = out.get(x - 1);
                if (a.conA >= 0 && !a.after && a.conA < prev.groupB && prev.groupB < a.conB) {
                    a.conA = prev.groupB;
                    if (prev.conA >= 0 && prev.after && prev.conB > a.groupA) {
                        prev.conB = trimBack(toks, prev.conA, a.groupA);
                    }
                }
            }
            for (Attr a : out) {
                if (a.conA >= 0 && a.conB <= a.conA) {
                    a.conA = -1;
                }
            }
            return out;
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

        /** "according to X, …", "…, according to X", "laut X …", "nach Angaben von X …". */
        Attr sourcePhrase(List<Token> toks, int i, int j, int npFrom, String cue) {
            int n = toks.size();
            if (npFrom >= n) {
                return null;
            }
            int npEnd = rightNP(toks, npFrom, true);
            if (npEnd <= npFrom || npEnd < j) {
                return null;
            }
            Attr a = new Attr();
            a.cueA = i;
            a.cueB = j;
            a.cue = npFrom < j ? Discourse.join(toks, i, npFrom) : Discourse.join(toks, i, j);
            a.spkA = npFrom;
            a.spkB = npEnd;
            a.groupA = i;
            a.groupB = npEnd;
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
            int start = clauseStart(toks, i);
            boolean beforeContent = i - start >= 2;
            int rest = after;
            while (rest < n && (toks.get(rest).is(",") || toks.get(rest).is(":"))) {
                rest++;
            }
            boolean afterContent = countWords(toks, rest, n) >= 2;
            if (beforeContent && (!afterContent || i > 0 && toks.get(i - 1).is(","))) {
                a.conA = start;
                a.conB = trimBack(toks, start, i);
                a.after = false;
            } else if (beforeContent && afterContent && lex.grammar.verbSecond() && !toks.get(i - 1).isBoundary()
                    && !(rest > 0 && toks.get(rest - 1).is(","))) {
                // "… gelang der Zugriff nach Polizeiangaben binnen weniger Minuten": the whole clause.
                a.conA = start;
                a.conB = i;
                a.con2A = rest;
                a.con2B = trimBack(toks, rest, n);
                a.after = false;
            } else if (afterContent) {
                a.conA = rest;
                a.conB = trimBack(toks, rest, n);
                a.after = true;
            }
            a.speaker = discourse.resolve(toks, a.spkA, a.spkB, -1, -1);
            String title = registerTitle(toks, npFrom, after);
            if (title != null && a.speaker.type().equals(Discourse.DOCUMENT) && a.speaker.name() == null) {
                a.speaker = new Speaker(a.speaker.mention(), title, a.speaker.role(), a.speaker.organization(),
                        a.speaker.type());
            }
            return a;
        }

        /** A document named by a quotation after a title cue inside a source phrase. */
        String registerTitle(List<Token> toks, int a, int b) {
            for (int k = a; k < b && k < toks.size(); k++) {
                if (toks.get(k).isQuote() && isTitle(toks, k, wordCount(toks.get(k).quote().content()))) {
                    Span c = toks.get(k).quote().content();
                    String title = t.substring(c.start(), c.end());
                    discourse.document(title, toks.get(k).start());
                    return title;
                }
            }
            return null;
        }

        boolean modifierStart(Token k) {
            if (!k.isWord()) {
                return false;
            }
            String w = k.lower();
            return lex.relativePronouns.contains(w) || (w.endsWith("ed") || w.endsWith("ing")) && k.lowercase()
                    || lex.titleCues.contains(w) || k.lowercase() && lex.sourceModifierStarts.contains(w);
        }

        /** Words and quotations in {@code [a, b)}; constant time for the sentence being read. */
        int countWords(List<Token> toks, int a, int b) {
            if (toks == indexed) {
                return wordsBefore[b] - wordsBefore[a];
            }
            int c = 0;
            for (int k = a; k < b; k++) {
                if (toks.get(k).isWord() || toks.get(k).isQuote()) {
                    c++;
                }
            }
            return c;
        }

        /** The first token of the clause that ends at {@code i}: after a semicolon, or the sentence start. */
        int clauseStart(List<Token> toks, int i) {
            if (toks == indexed) {
                return clauseStarts[i];
            }
            for (int k = i - 1; k >= 0; k--) {
                if (toks.get(k).is(";")) {
                    return k + 1;
                }
            }
            return 0;
        }

        /** The position of a token of the sentence being read. */
        int indexOf(List<Token> toks, Token t) {
            if (toks == indexed) {
                Integer k = positions.get(t);
                return k == null ? -1 : k;
            }
            return toks.indexOf(t);
        }

        /** Builds the per-sentence indexes that keep every lookup constant-time (linear sentences). */
        void index(List<Token> toks) {
            int n = toks.size();
            wordsBefore = new int[n + 1];
            clauseStarts = new int[n + 1];
            positions = new IdentityHashMap<>();
            int start = 0;
            for (int k = 0; k < n; k++) {
                Token x = toks.get(k);
                wordsBefore[k + 1] = wordsBefore[k] + (x.isWord() || x.isQuote() ? 1 : 0);
                clauseStarts[k] = start;
                if (x.is(";")) {
                    start = k + 1;
                }
                if (x.isQuote()) {
                    positions.put(x, k);
                }
            }
            clauseStarts[n] = start;
            indexed = toks;
        }

        /** German "X zufolge": the source stands before the postposition. */
        Attr postposition(List<Token> toks, int i) {
            int a = leftNP(toks, i);
            if (a < 0 || a >= i) {
                return null;
            }
            Attr at = new Attr();
            at.cueA = i;
            at.cueB = i + 1;
            at.cue = toks.get(i).text();
            at.spkA = a;
            at.spkB = i;
            at.groupA = a;
            at.groupB = i + 1;
            int n = toks.size();
            int rest = i + 1;
            while (rest < n && toks.get(rest).is(",")) {
                rest++;
            }
            if (countWords(toks, rest, n) >= 2 && a >= 2 && lex.grammar.verbSecond() && !toks.get(a - 1).isBoundary()) {
                // "In den Pyrenäen kam es Informationen des Senders zufolge zu Felsstürzen": the clause.
                at.conA = clauseStart(toks, a);
                at.conB = a;
                at.con2A = rest;
                at.con2B = trimBack(toks, rest, n);
            } else if (countWords(toks, rest, n) >= 2) {
                at.conA = rest;
                at.conB = trimBack(toks, rest, n);
                at.after = true;
            } else if (a >= 2) {
                at.conA = clauseStart(toks, a);
                at.conB = trimBack(toks, at.conA, a);
            }
            at.speaker = discourse.resolve(toks, a, i, -1, -1);
            return at;
        }

        /** German "…, so der Sprecher.": the source follows its content. */
        Attr postSource(List<Token> toks, int i) {
            if (i < 2 || !toks.get(i - 1).is(",")) {
                return null;
            }
            int end = rightNP(toks, i + 1, true);
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
            Attr a = new Attr();
            a.cueA = i;
            a.cueB = i + 1;
            a.cue = toks.get(i).text();
            a.spkA = i + 1;
            a.spkB = end;
            a.groupA = i - 1;
            a.groupB = end;
            a.conA = clauseStart(toks, i);
            a.conB = trimBack(toks, a.conA, i);
            a.speaker = discourse.resolve(toks, a.spkA, a.spkB, -1, -1);
            return a;
        }

        /** A reporting verb at {@code i}: its speaker and its content. */
        Attr verb(List<Token> toks, int i, SpeechLexicon.Form f, List<Attr> earlier) {
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
                l = v.lower().endsWith("ing") ? l : timeBefore(toks, l);
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
            Attr a = new Attr();
            a.gerund = gerund;
            a.cueA = i;
            a.cueB = j;
            a.cue = particleAt >= 0 ? Discourse.join(toks, i, j) + " " + toks.get(particleAt).text()
                    : Discourse.join(toks, i, j);
            a.groupA = l;
            a.groupB = j;
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
                        int e0 = rightNP(toks, s0, true);
                        if (e0 > s0) {
                            a.spkA = s0;
                            a.spkB = e0;
                        }
                        break;
                    }
                }
            } else {
                // Speaker: before the verb, after it (inverted), or the main clause's (participles).
                int np = leftNP(toks, l);
                if (np >= 0 && np < l && toks.get(l - 1).isWord() && lex.timeNouns.contains(toks.get(l - 1).lower())) {
                    np = -1; // "Erst vergangene Woche hatte der Konzern mitgeteilt": a time, not a subject
                }
                if (lex.grammar.verbSecond() && np == 0 && l == 1 && fronted(toks.get(0))) {
                    np = -1; // "Ähnlich äußerte sich der Präsident": an adverb before the verb
                }
                boolean participle = v.lower().endsWith("ing") && !(np >= 0 && np < l);
                if (np >= 0 && np < l && !participle) {
                    a.spkA = np;
                    a.spkB = l;
                    a.groupA = np;
                    if (toks.get(np).isWord() && lex.relativePronouns.contains(toks.get(np).lower()) && l - np == 1) {
                        // "Mr. Kamin, who said that …": the mention is "who", the speaker its antecedent.
                        int ante = np > 0 && toks.get(np - 1).is(",") ? np - 1 : np;
                        int a2 = leftNP(toks, ante);
                        a.relA = np;
                        if (a2 >= 0 && a2 < ante) {
                            a.spkA = a2;
                            a.spkB = ante;
                        }
                    }
                } else if (!participle && (l == 0 || toks.get(l - 1).isQuote() || toks.get(l - 1).is(",")
                        || toks.get(l - 1).is(":") || lex.grammar.verbSecond() && toks.get(l - 1).isWord())
                        && (inverted(toks, a, l, i, j, finite, particleAt) || conjunctionBefore(toks, l))) {
                    if (a.spkA < 0) {
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
            if (f.ambiguous() && (a.spkA < 0 || !nominalHead(toks.get(a.spkB - 1), toks, a.spkB))) {
                return null;
            }
            return content(toks, a, f, i, j, n, l, particleAt, finite);
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

        boolean conjunctionBefore(List<Token> toks, int l) {
            return l > 0 && toks.get(l - 1).isWord() && lex.conjunctions.contains(toks.get(l - 1).lower());
        }

        /** The main clause's speaker for a verb without its own: "…, adding that", "und sagte:". */
        boolean inherit(List<Token> toks, Attr a, int l, List<Attr> earlier) {
            a.inherit = true;
            Attr prev = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
            if (prev != null && prev.speaker != null) {
                a.speaker = prev.speaker;
            } else {
                int end = rightNP(toks, 0, false);
                if (end > 0 && end <= l - 1) {
                    a.speaker = discourse.resolve(toks, 0, end, -1, -1);
                } else {
                    return false;
                }
            }
            a.groupA = l > 0 && (toks.get(l - 1).is(",") || conjunctionBefore(toks, l)) ? l - 1 : l;
            return true;
        }

        /**
         * A subject after the verb ("said Kirby", "sagte der Staatsanwalt", "teilte die Polizei … mit"),
         * or before a comma and appositives ("Scott Pruitt, the attorney general, said"). Sets the
         * speaker range of {@code a} and returns true when found.
         */
        boolean inverted(List<Token> toks, Attr a, int l, int i, int j, int finite, int particleAt) {
            int n = toks.size();
            {
                    int from = finite < i ? finite + 1 : j;
                    while (lex.grammar.verbSecond() && from < n && toks.get(from).isWord()
                            && (lex.reflexivePronouns.contains(toks.get(from).lower()) || lex.objectPronouns.contains(toks.get(from).lower()))) {
                        from++;
                    }
                    // German "X, Vorsitzender des Verbands, kritisierte …": the appositive first.
                    int[] apFirst = lex.grammar.verbSecond() && l > 1 && toks.get(l - 1).is(",") && !toks.get(l - 2).isQuote()
                            ? appositive(toks, l - 1) : null;
                    int end = apFirst != null ? from
                            : invertedNP(toks, from, particleAt >= 0 ? particleAt : finite < i ? i : -1);
                    if (apFirst != null) {
                        a.spkA = apFirst[0];
                        a.spkB = apFirst[1];
                        a.appA = apFirst[1] + 1;
                        a.appB = l - 1;
                        a.groupA = apFirst[0];
                    } else if (end > from) {
                        a.spkA = from;
                        a.spkB = end;
                        a.groupB = Math.max(j, end);
                    } else if (l > 0 && toks.get(l - 1).is(",")) {
                        // "Scott Pruitt, the attorney general of Oklahoma, said": back over appositives.
                        int[] ap = appositive(toks, l - 1);
                        if (ap == null) {
                            return false;
                        }
                        a.spkA = ap[0];
                        a.spkB = ap[1];
                        a.appA = ap[1] + 1;
                        a.appB = l - 1;
                        a.groupA = ap[0];
                    } else {
                        return false;
                    }
            }
            return true;
        }

        /** The content of a verb's attribution: after it, before it, or both (split quotations). */
        Attr content(List<Token> toks, Attr a, SpeechLexicon.Form f, int i, int j, int n, int l, int particleAt,
                     int finite) {
            Token v = toks.get(i);
            // Content after the verb (and after an inverted subject, an addressee, adverbials).
            int c = Math.max(j, a.spkA >= j ? a.spkB : j);
            if (a.spkA >= j) {
                int app = skipAppositive(toks, c);
                if (app > c + 1 && a.appA < 0) {
                    a.appA = c + 1; // "said Alan Cole, an economist at the Tax Foundation"
                    a.appB = app;
                }
                c = app;
            }
            if (f.verb().object() && c < n && toks.get(c).isWord() && !lex.complementizers.contains(toks.get(c).lower())) {
                int e = rightNP(toks, c, false);
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
                        a.intro = true;
                    } else {
                        afterStart = c + 1;
                        strong = true;
                    }
                } else if (x.isWord() && lex.complementizers.contains(x.lower())) {
                    afterStart = c + 1;
                    strong = true;
                } else if (x.isQuote() && isTitle(toks, c, wordCount(x.quote().content()))) {
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
                    a.intro = true;
                }
            }
            if (afterStart >= 0 && countWords(toks, afterStart, n) < (strong ? 1 : MIN_PLAIN_CONTENT)) {
                afterStart = -1;
            }
            // German sets reported speech off with a comma, a colon or "dass": without one, what
            // follows the verb is its object ("bestätigte die Aussage nicht").
            if (afterStart >= 0 && !strong && lex.grammar.speechSetOffByComma() && f.verb().needs() == null
                    && !hasSpeechQuote(toks, afterStart, Math.min(n, afterStart + 7))) {
                afterStart = -1;
            }
            if ((afterStart < 0 || !strong) && !a.intro) {
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
                        || hasSpeechQuote(toks, afterStart, Math.min(n, afterStart + 6))
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
            int beforeEnd = a.groupA;
            if (beforeEnd >= 2 && toks.get(beforeEnd - 1).is(",") && toks.get(beforeEnd - 2).isQuote()) {
                beforeEnd--; // German „…“, sagte er: the comma stands after the closing mark
            }
            int start = clauseStart(toks, beforeEnd);
            boolean before = false;
            if (beforeEnd > start && !a.inherit) {
                Token sep = toks.get(beforeEnd - 1);
                if (sep.isQuote() || sep.is(",") || sep.is("—") || sep.is("–") || sep.is("--") || sep.is(":")) {
                    int words = countWords(toks, start, beforeEnd);
                    boolean adverbial = toks.get(start).isWord() && lex.adverbialStarts.contains(toks.get(start).lower())
                            && words <= 5 && !sep.isQuote();
                    before = words >= 1 && !adverbial && (sep.isQuote() || words >= 3);
                    // "On this weekend's broadcast of “Fox News Sunday,” Pence said …": a title ending a
                    // fronted adverbial is the programme's name, not what was said.
                    if (before && sep.isQuote() && isTitle(toks, beforeEnd - 1, wordCount(sep.quote().content()))) {
                        before = false;
                    }
                }
            }
            boolean beforeIsQuote = before && toks.get(beforeEnd - 1).isQuote();
            boolean needsOk = needs == null || beforeIsQuote;
            if (beforeIsQuote && (afterStart < 0 || !strong) && !a.intro) {
                // "“I think he will be fair,” Trump said during a rally in Kenansville, “but …”": the
                // quotation goes on after the attribution and its adverbials.
                int q = resumedQuote(toks, c, n);
                if (q >= 0) {
                    afterStart = q;
                    strong = true;
                }
            }
            if (before && afterStart >= 0 && beforeIsQuote && toks.get(afterStart).isQuote()) {
                a.conA = start;
                a.conB = beforeEnd;
                a.con2A = afterStart;
                a.con2B = trimBack(toks, afterStart, n);
                a.after = true;
            } else if (before && afterStart >= 0 && beforeIsQuote && strong) {
                // "„Bis es zu spät war“, stellte Celebi fest, seien „…“": a quotation, then reported speech.
                a.conA = start;
                a.conB = beforeEnd;
                a.con2A = afterStart;
                a.con2B = trimBack(toks, afterStart, n);
                a.mixed = true;
            } else if (afterStart >= 0 && !(beforeIsQuote && !strong)) {
                a.conA = afterStart;
                a.conB = trimBack(toks, afterStart, n);
                // "says, “Don't you do it,” until …": the quotation is the content.
                if (toks.get(afterStart).isQuote() && (afterStart + 1 >= n || toks.get(afterStart + 1).is(",")
                        || toks.get(afterStart + 1).is("."))) {
                    a.conB = afterStart + 1;
                }
                a.after = true;
                a.strongAfter = strong;
            } else if (before && needsOk) {
                a.conA = start;
                a.conB = trimBack(toks, start, beforeEnd);
                a.after = false;
                // "Acts of protest, Mr. Obama said, are acts of patriotism": the content goes on after.
                if (!beforeIsQuote && c + 1 < n && toks.get(c).is(",") && toks.get(c + 1).isWord()
                        && lex.verbAt(toks, c + 1) == null && countWords(toks, c + 1, n) >= 2) {
                    a.con2A = c + 1;
                    a.con2B = trimBack(toks, c + 1, n);
                }
            } else if (!a.intro) {
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
                a.conA = q;
                a.conB = q + 1;
                a.after = true;
            }
            if (f.ambiguous() && !(a.after && a.strongAfter) && a.after) {
                return null;
            }
            if (a.speaker == null && a.spkA >= 0 && a.spkA != a.relA) {
                a.speaker = discourse.resolve(toks, a.spkA, a.spkB, a.appA, a.appB);
            }
            if (a.relA >= 0) {
                Speaker s = a.speaker;
                a.speaker = s == null || a.spkA == a.relA
                        ? new Speaker(toks.get(a.relA).text(), null, null, null, Discourse.UNKNOWN)
                        : new Speaker(toks.get(a.relA).text(), s.name(), s.role(), s.organization(), s.type());
            }
            return a;
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

        /**
         * "called climate change a hoax", "called her vote a mistake": an object of one to five words,
         * then an indefinite article opening the predicate. Naming verbs without quotation marks count only in this shape ("called a meeting",
         * "called the police", "called supporters to the stage" do not).
         */
        boolean predicateAfterObject(List<Token> toks, int from, int n) {
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

        /** A lower-case reporting verb that is not also a common noun: ends a noun phrase. */
        boolean isVerb(List<Token> toks, int k) {
            if (!toks.get(k).lowercase()) {
                return false;
            }
            SpeechLexicon.Form f = lex.verbAt(toks, k);
            return f != null && !f.ambiguous();
        }

        /** A quotation that is not a title in {@code [a, b)}. */
        boolean hasSpeechQuote(List<Token> toks, int a, int b) {
            for (int k = a; k < b; k++) {
                if (toks.get(k).isQuote() && !isTitle(toks, k, wordCount(toks.get(k).quote().content()))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The quotation that resumes a split quotation after its attribution: the next quotation of
         * the sentence, with only adverbials, a participle phrase or a conjunction before it and no
         * other reporting verb; -1 when none.
         */
        int resumedQuote(List<Token> toks, int from, int n) {
            for (int k = from; k < n && k - from < 20; k++) {
                Token x = toks.get(k);
                if (x.isQuote()) {
                    boolean speech = !isTitle(toks, k, wordCount(x.quote().content()));
                    return speech && k > 0 && (toks.get(k - 1).is(",") || toks.get(k - 1).isWord()
                            && lex.conjunctions.contains(toks.get(k - 1).lower())) ? k : -1;
                }
                if (x.is(";") || x.is(":") || x.is(".") || x.isWord() && isVerb(toks, k) && !x.lower().endsWith("ing")) {
                    return -1;
                }
            }
            return -1;
        }

        /** A colon and a quotation later in the verb's clause: the quotation's index, or -1. */
        int colonQuote(List<Token> toks, int from, int n) {
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

        int findWord(List<Token> toks, int a, int b, String w) {
            for (int k = a; k < b; k++) {
                if (toks.get(k).isWord() && toks.get(k).lower().equals(w)) {
                    return k;
                }
            }
            return -1;
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

        int skipAdverbials(List<Token> toks, int c) {
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
        boolean adjectiveLike(String w) {
            return lex.grammar.inflectedAdjective(w) || Character.isDigit(w.charAt(0));
        }

        boolean hasDigit(Token t) {
            for (int i = 0; i < t.text().length(); i++) {
                if (Character.isDigit(t.text().charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        int headWords(List<Token> toks, int k, int n) {
            return Math.max(lex.phraseStartingAt(lex.people, toks, k, n),
                    Math.max(lex.phraseStartingAt(lex.organizationWords, toks, k, n),
                            lex.phraseStartingAt(lex.documentWords, toks, k, n)));
        }

        boolean modifierBeforeHead(List<Token> toks, int k, int n) {
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
                if (x.isQuote() && !isTitle(toks, k, wordCount(x.quote().content())) || x.is(";") || x.is(":")) {
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
        boolean endsWithRole(List<Token> toks, int from, int to) {
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
        int[] namedAppositive(List<Token> toks, int clause, int comma) {
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
}
