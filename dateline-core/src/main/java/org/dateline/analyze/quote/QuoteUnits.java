package org.dateline.analyze.quote;

import org.dateline.analyze.Analysis;
import org.dateline.analyze.Analysis.Quote;
import org.dateline.analyze.Analysis.Speaker;
import org.dateline.analyze.lex.Token;
import org.dateline.analyze.text.QuoteMarks;
import org.dateline.analyze.text.Span;
import org.dateline.analyze.text.Text;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.dateline.analyze.quote.QuoteFinder.DIRECT;
import static org.dateline.analyze.quote.QuoteFinder.PARTIAL;
import static org.dateline.analyze.quote.QuoteFinder.TERM;

/**
 * The quotations and statements of one article as they are assembled (units: one or more parts,
 * for split quotations and quotations running over paragraphs), with what later units read of the
 * earlier ones: the last speaker, the continuations of an unclosed quotation into the next
 * paragraph. Places floating quotations (no attribution in their sentence) with the speaker of the
 * quotations around them, terms and scare quotes as {@code term}, and turns units into quotes.
 */
final class QuoteUnits implements Iterable<QuoteUnits.Unit> {

    /** A quotation of at most this many words inside a sentence with no cue is a scare quote. */
    private static final int MAX_TERM_WORDS = 4;
    /**
     * Paragraphs back a quotation with no attribution of its own still belongs to the last speaker
     * ("“…,” Mayor Lee said. / She spoke for an hour. / “…”"). One to three changed nothing on the
     * dev sets; two reads the common layout of one paragraph of narration between quotations.
     */
    private static final int FLOAT_PARAGRAPHS = 2;
    /** Units a floating quotation looks ahead over for its speaker. */
    private static final int MAX_LOOKAHEAD = 24;

    /** A quotation or statement being assembled: one or more parts (split quotes, paragraphs). */
    static final class Unit {
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

    private final SpeechLexicon lex;
    private final Text text;
    private final String t;
    private final Terms terms;
    private final SentenceIndex sentenceIndex;
    private final List<Unit> units = new ArrayList<>();
    final Map<QuoteMarks.Pair, Unit> continued = new IdentityHashMap<>();
    Speaker lastSpeaker;
    String lastCue;
    int lastSpeakerParagraph = -10;
    int lastSpeakerSentence = -10;
    /** The number of the sentence being read, over the whole article. */
    int sentenceNo;
    /** The index of the paragraph being read. */
    int currentParagraph;

    QuoteUnits(SpeechLexicon lex, Text text, Terms terms, SentenceIndex sentenceIndex) {
        this.lex = lex;
        this.text = text;
        this.t = text.text();
        this.terms = terms;
        this.sentenceIndex = sentenceIndex;
    }

    void add(Unit u) {
        units.add(u);
    }

    int size() {
        return units.size();
    }

    @Override
    public java.util.Iterator<Unit> iterator() {
        return units.iterator();
    }

    void noteSpeaker(Speaker s, String cue, int paragraph) {
        if (s != null) {
            lastSpeaker = s;
            lastCue = cue;
            lastSpeakerParagraph = paragraph;
            lastSpeakerSentence = sentenceNo;
        }
    }

    /** A quotation its sentence does not attribute: a title or scare quote, or a floating quote. */
    void unowned(List<Token> toks, int i, int paragraph, Attribution host) {
        Token q = toks.get(i);
        QuoteMarks.Pair pair = q.quote();
        int words = terms.wordCount(pair.content());
        int outside = sentenceIndex.countWords(toks, 0, toks.size()) - sentenceIndex.countQuotes(toks);
        Unit cont = live(continued.get(pair));
        if (words == 0) {
            return;
        }
        if (cont == null && (terms.isTitle(toks, i, words))) {
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

    /**
     * The unit a continued quotation goes on: the one it began in, or, when that sentence was
     * merged into the quotation before it, that one ("…,” she said. “It will take…¶“But we…”").
     */
    private Unit live(Unit u) {
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

    void attribute(Unit u, Attribution a) {
        if (u.speaker == null || u.contextSpeaker) {
            u.speaker = a.speaker();
            u.cue = a.cue();
            u.contextSpeaker = false;
        }
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
}
