package org.dateline.analyze.quote;

import org.dateline.analyze.Analysis.Quote;
import org.dateline.analyze.Analysis.Speaker;
import org.dateline.analyze.lex.Token;
import org.dateline.analyze.quote.Attribution.TokenRange;
import org.dateline.analyze.text.QuoteMarks;
import org.dateline.analyze.text.Span;
import org.dateline.analyze.quote.QuoteUnits.Unit;
import org.dateline.analyze.text.Text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
 * <p>The parts, each named for what it finds, are made per article: {@link CueFinder} (cues and
 * their {@link Attribution}s), {@link SpeakerPhrase}, {@link ContentSpan}, {@link QuoteUnits}
 * (units, floating and continued quotations), {@link Terms} (titles and names) and the
 * {@link Discourse} memory; this class reads paragraphs and sentences and the shapes that have no
 * cue (speaker labels, colon and dash sentences, subjunctive continuation). Language behaviour is
 * data: the words and the {@link Grammar} features of {@code lang/<code>/speech.json}.
 *
 * <p>Immutable and thread-safe; {@link #find} keeps its state on the stack.
 */
public final class QuoteFinder {

    /** A picture credit closing a caption (see {@code Run.captionLine}). */
    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile(
            "\\([^()/]{2,40}/[^()/]{2,40}\\)\\s*$"
                    + "|\\b\\p{Lu}[\\p{Lu} .&'-]{4,}/\\p{Lu}[\\p{L} .'-]{2,40}\\s*$"
                    + "|(?i:\\((?:photo|photos|image|foto|bild)\\s*:[^()]{2,50}\\))\\s*$");

    static final String DIRECT = "direct";
    static final String PARTIAL = "partial";
    static final String INDIRECT = "indirect";
    static final String TERM = "term";

    private final SpeechLexicon lex;

    public QuoteFinder(String language) {
        this.lex = SpeechLexicon.of(language);
    }

    /** The quotations and reported statements of {@code text}, in document order. */
    public List<Quote> find(Text text) {
        return new Run(text).run();
    }

    private final class Run {
        final Text text;
        final String t;
        final Discourse discourse;
        final SentenceIndex sentenceIndex = new SentenceIndex();
        final Terms terms;
        final SpeakerPhrase phrases;
        final ContentSpan contentSpan;
        final CueFinder cues;
        final QuoteUnits units;
        Speaker introSpeaker;
        String introCue;
        int introParagraph = -10;
        boolean reportedChain;

        Run(Text text) {
            this.text = text;
            this.t = text.text();
            this.discourse = new Discourse(lex, text);
            this.terms = new Terms(lex, t);
            this.phrases = new SpeakerPhrase(lex, terms);
            this.contentSpan = new ContentSpan(lex, t, terms, phrases, sentenceIndex);
            this.cues = new CueFinder(lex, t, discourse, terms, phrases, contentSpan, sentenceIndex);
            this.units = new QuoteUnits(lex, text, terms, sentenceIndex);
        }

        List<Quote> run() {
            List<Text.Paragraph> paragraphs = text.paragraphs();
            for (Text.Paragraph p : paragraphs) {
                units.currentParagraph = p.index();
                List<QuoteMarks.Pair> pairs = usablePairs(p.index(), paragraphs.size());
                int before = units.size();
                if (teaserLine(p, pairs) || captionLine(p)) {
                    units.settleParagraph(before, p.index());
                    continue;
                }
                if (!speakerTurn(p, pairs)) {
                    for (Span s : sentenceSpans(p, pairs)) {
                        sentence(p, s, pairs);
                        units.sentenceNo++;
                    }
                }
                units.settleParagraph(before, p.index());
            }
            List<Quote> out = new ArrayList<>();
            for (Unit u : units) {
                if (u.dropped) {
                    continue;
                }
                Quote q = units.toQuote(u);
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
                    return i == 0 || phrases.leftNP(toks, i) == 0 || lex.auxiliaries.contains(toks.get(i - 1).lower());
                }
            }
            return false;
        }

        /** Whether {@code [from, to)} of the text holds a character a speaker's separator token is made of. */
        private boolean hasSeparator(int from, int to) {
            for (int i = from; i < to; i++) {
                char c = t.charAt(i);
                if (c == ':' || c == '-' || c == '―' || c == '—' || c == '–') {
                    return true;
                }
            }
            return false;
        }

        /** "PENCE: Well, look…" or "Pat Caddell: …" — a paragraph opened by a speaker's name and a colon. */
        /**
         * A one-sentence line with a teaser label ("WATCH: …", "READ MORE: …", "Lesen Sie auch: …"):
         * another story's headline, whose verbs ("Premier says …") are no one's speech here.
         */
        boolean teaserLine(Text.Paragraph p, List<QuoteMarks.Pair> pairs) {
            if (p.sentences().size() != 1 || lex.teaserLabels.isEmpty()) {
                return false;
            }
            Span s0 = p.sentences().get(0).span();
            List<Token> toks = SentenceTokenizer.tokenize(t, s0.start(), Math.min(s0.end(), s0.start() + 80), pairs);
            for (int k = 1; k < toks.size() && k <= 4; k++) {
                if (toks.get(k).is(":")) {
                    return lex.teaserLabels.contains(SpeechLexicon.norm(Discourse.join(toks, 0, k)));
                }
                if (!toks.get(k).isWord() && !toks.get(k).isPossessive()) {
                    return false;
                }
            }
            return false;
        }

        /**
         * A photo caption left in the body: a short paragraph that ends with a picture credit,
         * "(Adrian Wyld/The Canadian Press)", "THE CANADIAN PRESS/Chris Young", "(Photo: Reuters)".
         * Its verb ("Trudeau says goodbye to reporters") describes the picture.
         */
        boolean captionLine(Text.Paragraph p) {
            Span span = p.span();
            if (span.end() - span.start() > 400 || p.sentences().size() > 3) {
                return false;
            }
            int from = Math.max(span.start(), span.end() - 80);
            return CREDIT.matcher(t).region(from, span.end()).find();
        }

        boolean speakerTurn(Text.Paragraph p, List<QuoteMarks.Pair> pairs) {
            if (p.sentences().isEmpty()) {
                return false;
            }
            Span s0 = p.sentences().get(0).span();
            int to = Math.min(s0.end(), s0.start() + 200);
            if (!hasSeparator(s0.start(), to)) {
                // no colon or dash to end a label: the tokens are not needed (this tokenization of
                // every paragraph's start was 6% of the analysis)
                return false;
            }
            List<Token> toks = SentenceTokenizer.tokenize(t, s0.start(), to, pairs);
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
            if (toks.get(0).allCaps() && !toks.get(k + 1).isQuote()
                    && lex.cities.contains(SpeechLexicon.norm(Discourse.join(toks, 0, k)))) {
                return false; // "ISLAMABAD: The Senate …": a dateline, the sentence is read as any other
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
            Span content = contentSpan.trimSpan(contentStart, p.span().end());
            boolean quoted = toks.get(k + 1).isQuote();
            boolean transcript = toks.get(k - 1).allCaps() || quoted;
            Unit u;
            if (quoted && toks.get(k + 1).quote().closed()
                    && toks.get(k + 1).end() >= lastNonPunct(p.span().end())) {
                u = new Unit(DIRECT, toks.get(k + 1).quote().content(), p.index(), units.sentenceNo);
            } else {
                u = new Unit(transcript ? DIRECT : INDIRECT, content, p.index(), units.sentenceNo);
            }
            u.speaker = speaker;
            u.cue = sep.text();
            units.add(u);
            units.noteSpeaker(speaker, u.cue, p.index());
            units.sentenceNo += p.sentences().size();
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

        void sentence(Text.Paragraph p, Span s, List<QuoteMarks.Pair> pairs) {
            List<Token> toks = SentenceTokenizer.tokenize(t, s.start(), s.end(), pairs);
            if (toks.isEmpty()) {
                return;
            }
            discourse.observe(toks);
            sentenceIndex.index(toks);
            List<Attribution> attrs = cues.attributions(toks);
            Set<Token> owned = new HashSet<>();
            boolean any = false;
            for (Attribution a : attrs) {
                if (a.speaker() == null && !a.inherited() && !a.impersonal()) {
                    continue;
                }
                emit(a, toks, owned, p.index());
                any = true;
            }
            // An intro at the end of the previous paragraph ("He said:") owns this paragraph's opening.
            boolean introHere = introSpeaker != null && introParagraph == p.index() - 1
                    && s.start() == p.span().start();
            if (introHere && !any) {
                Unit u;
                if (toks.get(0).isQuote() && p.sentences().size() >= 1) {
                    u = new Unit(DIRECT, toks.get(0).quote().content(), p.index(), units.sentenceNo);
                    owned.add(toks.get(0));
                    units.bindContinuation(toks.get(0), u);
                } else {
                    u = new Unit(DIRECT, contentSpan.trimSpan(p.span().start(), p.span().end()), p.index(), units.sentenceNo);
                    for (Token k : toks) {
                        if (k.isQuote()) {
                            owned.add(k);
                        }
                    }
                }
                u.speaker = introSpeaker;
                u.cue = introCue;
                units.add(u);
                units.noteSpeaker(introSpeaker, introCue, p.index());
                introSpeaker = null;
                any = true;
            }
            if (!any) {
                any = colonSentence(p, toks, owned) || dashSentence(p, toks, owned);
            }
            if (!any) {
                reported(p, s, toks, owned);
            } else {
                reportedChain = true;
            }
            for (int i = 0; i < toks.size(); i++) {
                Token k = toks.get(i);
                if (k.isQuote() && !owned.contains(k)) {
                    units.unowned(toks, i, p.index(), nearest(attrs, i));
                }
            }
        }

        /**
         * "Der Regierungssprecher versuchte mit den Worten zu beruhigen: „…“": a sentence that opens
         * with a person and ends in a colon and a quotation quotes that person, verb or not.
         */
        boolean colonSentence(Text.Paragraph p, List<Token> toks, Set<Token> owned) {
            int n = toks.size();
            int q = n - 1;
            while (q > 0 && toks.get(q).kind() == Token.Kind.PUNCT) {
                q--;
            }
            if (q < 3 || !toks.get(q).isQuote() || !toks.get(q - 1).is(":") || !toks.get(q).quote().closed()) {
                return false;
            }
            int end = phrases.rightNP(toks, 0, false);
            if (end <= 0 || end >= q - 1) {
                return false;
            }
            int e2 = end < n && toks.get(end).is(",") ? phrases.appositiveEnd(toks, end) : end;
            Speaker sp = discourse.resolve(toks, 0, end, end < e2 ? end + 1 : -1, e2);
            if (!sp.type().equals(Discourse.PERSON) && !sp.type().equals(Discourse.ORGANIZATION)) {
                return false;
            }
            Unit u = units.unitFor(toks.get(q), DIRECT, p.index());
            u.speaker = sp;
            u.cue = ":";
            u.contextSpeaker = false;
            owned.add(toks.get(q));
            units.noteSpeaker(sp, ":", p.index());
            return true;
        }

        /** "“Maybe we can build a wall around him.” ― Steve Quinlan.": a quotation signed after a dash. */
        boolean dashSentence(Text.Paragraph p, List<Token> toks, Set<Token> owned) {
            int n = toks.size();
            if (n < 3 || !toks.get(0).isQuote() || !isDash(toks.get(1))) {
                return false;
            }
            int end = phrases.rightNP(toks, 2, false);
            int rest = end;
            while (rest < n && toks.get(rest).kind() == Token.Kind.PUNCT && !isDash(toks.get(rest))) {
                rest++;
            }
            if (end <= 2 || rest < n && !toks.get(end).is(",")) {
                return false;
            }
            Speaker sp = discourse.resolve(toks, 2, end, -1, -1);
            Unit u = units.unitFor(toks.get(0), DIRECT, p.index());
            u.speaker = sp;
            u.cue = toks.get(1).text();
            u.contextSpeaker = false;
            owned.add(toks.get(0));
            units.noteSpeaker(sp, u.cue, p.index());
            return true;
        }

        boolean isDash(Token t) {
            return t.is("―") || t.is("—") || t.is("–") || t.is("--");
        }

        /** The attribution of the sentence nearest to token {@code i}, or null. */
        Attribution nearest(List<Attribution> attrs, int i) {
            Attribution best = null;
            int dist = Integer.MAX_VALUE;
            for (Attribution a : attrs) {
                if (a.speaker() == null || a.introducesNext()) {
                    continue;
                }
                int d = Math.min(Math.abs(a.cueWords().from() - i), Math.abs(a.attributionWords().from() - i));
                if (d < dist) {
                    dist = d;
                    best = a;
                }
            }
            return best;
        }

        /** German-style reported speech: a sentence in the subjunctive after an attribution continues it. */
        void reported(Text.Paragraph p, Span s, List<Token> toks, Set<Token> owned) {
            if (lex.subjunctive.isEmpty() || units.lastSpeaker == null || !reportedChain
                    || p.index() - units.lastSpeakerParagraph > 1 || units.sentenceNo - units.lastSpeakerSentence > 4) {
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
            Unit u = new Unit(INDIRECT, trimEnd(s), p.index(), units.sentenceNo);
            u.speaker = units.lastSpeaker;
            u.cue = null;
            units.add(u);
            units.lastSpeakerSentence = units.sentenceNo;
            units.lastSpeakerParagraph = p.index();
            for (Token k : toks) {
                if (k.isQuote() && terms.wordCount(k.quote().content()) >= lex.partialMinWords
                        && !terms.isTitle(toks, sentenceIndex.indexOf(toks, k), terms.wordCount(k.quote().content()))) {
                    Unit q = new Unit(PARTIAL, k.quote().content(), p.index(), units.sentenceNo);
                    q.speaker = units.lastSpeaker;
                    units.add(q);
                    owned.add(k);
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

        /** Turns an attribution into units; records which quotation tokens it owns. */
        void emit(Attribution a, List<Token> toks, Set<Token> owned, int paragraph) {
            Speaker sp = a.speaker();
            if (a.introducesNext()) {
                introSpeaker = sp;
                introCue = a.cue();
                introParagraph = paragraph;
                units.noteSpeaker(sp, a.cue(), paragraph);
                return;
            }
            if (!a.content().present()) {
                return;
            }
            TokenRange content = a.content();
            TokenRange second = a.secondContent();
            List<Token> quotes1 = contentSpan.quotesIn(toks, content.from(), content.to());
            boolean whole1 = quotes1.size() == 1 && contentSpan.onlyPunctBesides(toks, content.from(), content.to())
                    && !terms.isTitle(toks, sentenceIndex.indexOf(toks, quotes1.get(0)), terms.wordCount(quotes1.get(0).quote().content()));
            if (second.present()) {
                List<Token> quotes2 = contentSpan.quotesIn(toks, second.from(), second.to());
                boolean whole2 = quotes2.size() == 1 && contentSpan.onlyPunctBesides(toks, second.from(), second.to());
                if (whole1 && whole2) {
                    Unit u = units.unitFor(quotes1.get(0), DIRECT, paragraph);
                    u.parts.add(quotes2.get(0).quote().content());
                    units.bindContinuation(quotes2.get(0), u);
                    units.attribute(u, a);
                    owned.add(quotes1.get(0));
                    owned.add(quotes2.get(0));
                    units.noteSpeaker(sp, a.cue(), paragraph);
                    return;
                }
            }
            if (whole1) {
                // "sprach von „einer historischen Chance“": the quoted words complete a verb of naming,
                // a partial quotation of its subject, not a statement of its own.
                Unit u = units.unitFor(quotes1.get(0), lex.namingCue(a.cue()) ? PARTIAL : DIRECT, paragraph);
                units.attribute(u, a);
                owned.add(quotes1.get(0));
                units.noteSpeaker(sp, a.cue(), paragraph);
                if (!a.quoteThenReported()) {
                    return;
                }
                // The quotation is emitted; the reported speech after it is the statement.
                content = second;
                second = TokenRange.NONE;
                quotes1 = contentSpan.quotesIn(toks, content.from(), content.to());
            }
            Span span = contentSpan.trimSpan(toks.get(content.from()).start(), toks.get(content.to() - 1).end());
            if (span.length() == 0 || terms.wordCount(span) == 0) {
                return;
            }
            Unit u = new Unit(INDIRECT, span, paragraph, units.sentenceNo);
            List<Token> quotes = new ArrayList<>(quotes1);
            if (second.present() && second.to() > second.from()) {
                Span rest = contentSpan.trimSpan(toks.get(second.from()).start(), toks.get(second.to() - 1).end());
                if (rest.length() > 0) {
                    u.parts.add(rest);
                    quotes.addAll(contentSpan.quotesIn(toks, second.from(), second.to()));
                }
            }
            units.attribute(u, a);
            units.add(u);
            for (Token q : quotes) {
                owned.add(q);
                int words = terms.wordCount(q.quote().content());
                if (words == 0) {
                    continue;
                }
                int qi = sentenceIndex.indexOf(toks, q);
                if (terms.isTitle(toks, qi, words)) {
                    units.unitFor(q, TERM, paragraph);
                } else if (words >= lex.partialMinWords || units.continued.containsKey(q.quote())) {
                    units.attribute(units.unitFor(q, PARTIAL, paragraph), a);
                }
            }
            units.noteSpeaker(sp, a.cue(), paragraph);
        }
    }
}
