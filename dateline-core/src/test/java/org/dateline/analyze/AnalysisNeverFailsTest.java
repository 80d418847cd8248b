package org.dateline.analyze;

import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.extract.Article;
import org.dateline.page.InputFormat;
import org.dateline.record.Result;
import org.dateline.source.Item;
import org.dateline.source.Sources;
import org.dateline.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: the analysis stage never throws, on any real page and on any paragraph of one, nor on
 * sentences with punctuation put at every token boundary. A failure there costs a record all its
 * quotes and entities, so every one found is a bug to fix at its cause (the record's
 * {@code analysis failed} error only keeps the extraction).
 */
class AnalysisNeverFailsTest {

    /** Every page of a dev set (or WARC folder), analysed whole and paragraph by paragraph. */
    @ParameterizedTest
    @ValueSource(strings = {"extraction-dev/pages", "metadata-dev/pages", "dates-dev/pages", "quotes-dev",
            "quotes-dev-de", "warc"})
    void noDevPageOrParagraphFailsAnalysis(String set) {
        Path dir = SharedData.require(set);
        Options options = Options.DEFAULTS.withAnalysis(false);
        if (set.startsWith("quotes-dev")) {
            options = options.withFormat(InputFormat.BODY);
        }
        List<String> failures = new ArrayList<>();
        int pages = 0;
        int paragraphs = 0;
        try (Sources sources = new Sources(List.of(dir.toString()), options, null, InputStream.nullInputStream())) {
            while (sources.hasNext()) {
                Item item = sources.next();
                if (!(item instanceof Item.PageItem p) || p.page().input().endsWith(".jsonl")
                        || p.page().input().endsWith(".md")) {
                    continue;
                }
                if (!(Dateline.process(p.page(), options) instanceof Result.Extracted e)) {
                    continue;
                }
                Article a = e.record().article();
                pages++;
                analyse(a, a.input(), failures);
                String[] paras = a.text().split("\n\n");
                for (int i = 0; i < paras.length; i++) {
                    paragraphs++;
                    analyse(withText(a, paras[i]), a.input() + " ¶" + i, failures);
                }
            }
        }
        System.out.printf("analysis over %s: %d pages, %d paragraphs, %d failures%n", set, pages, paragraphs,
                failures.size());
        assertThat(pages).isPositive();
        assertThat(failures).isEmpty();
    }

    /** Sentences with a punctuation mark put at every token boundary, and at the end, in two languages. */
    @Test
    void punctuationAtEveryTokenBoundaryNeverFails() {
        String[][] sentences = {
                {"en", "US State Department spokesman John Kirby said on Tuesday that more than 9000 sorties were flown"},
                {"en", "PENCE Well look he told reporters it was a great day for the country"},
                {"de", "Der Sprecher der Bundesregierung sagte am Dienstag er sei nach ersten Erkenntnissen zufrieden"},
                {"de", "Wie Müller sagte heißt es in der Erklärung des Ministeriums"},
        };
        String[] marks = {":", ";", ",", ".", "!", "?", "\"", "“", "”", "„", "‘", "’", "'", "(", ")", "[", "]",
                "—", "–", "-", "…", "«", "»", ": \"", "\" ", ":\n\n"};
        List<String> failures = new ArrayList<>();
        int runs = 0;
        for (String[] s : sentences) {
            String[] words = s[1].split(" ");
            for (String mark : marks) {
                for (int at = 0; at <= words.length; at++) {
                    for (String glue : new String[] {"", " "}) {
                        StringBuilder b = new StringBuilder();
                        for (int i = 0; i < words.length; i++) {
                            if (i == at) {
                                b.append(mark).append(glue);
                            }
                            b.append(words[i]).append(i + 1 < words.length ? " " : "");
                        }
                        if (at == words.length) {
                            b.append(glue).append(mark);
                        }
                        String body = b.toString();
                        Article a = new Article("edge", null, null, null, "2016-03-17", null, null, s[0], null,
                                null, null, body, null);
                        analyse(a, s[0] + ": " + body, failures);
                        runs++;
                    }
                }
            }
        }
        System.out.printf("analysis over %d generated edge cases: %d failures%n", runs, failures.size());
        assertThat(failures).isEmpty();
    }

    private static void analyse(Article a, String what, List<String> failures) {
        try {
            Analysis an = Analyzers.forLanguage(a.language()).analyze(a);
            for (Analysis.Quote q : an.quotes()) {
                String bad = spansProblem(a.text(), q);
                if (bad != null) {
                    failures.add(what + ": quote \"" + q.text() + "\": " + bad);
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            StackTraceElement top = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
            for (StackTraceElement f : e.getStackTrace()) {
                if (f.getClassName().startsWith("org.dateline")) {
                    top = f;
                    break;
                }
            }
            failures.add(what + ": " + e + " at " + top);
        }
    }

    /**
     * A quote's fragments lie in order inside {@code [start, end)} of the text, and their texts,
     * joined by a space, are the quote's text (white space compared collapsed: a hard-wrapped body
     * breaks lines where the quote's text has a space).
     */
    static String spansProblem(String text, Analysis.Quote q) {
        if (q.spans().isEmpty()) {
            return "no spans";
        }
        int last = q.start();
        List<String> parts = new ArrayList<>();
        for (Analysis.Fragment f : q.spans()) {
            if (f.start() < last || f.end() < f.start() || f.end() > q.end() || f.end() > text.length()) {
                return "fragment [" + f.start() + ", " + f.end() + ") outside [" + q.start() + ", " + q.end() + ")";
            }
            parts.add(text.substring(f.start(), f.end()));
            last = f.end();
        }
        String joined = String.join(" ", parts).replaceAll("\\s+", " ");
        return joined.equals(q.text().replaceAll("\\s+", " ")) ? null : "fragments say \"" + joined + "\"";
    }

    private static Article withText(Article a, String text) {
        return new Article(a.input(), a.url(), a.site(), a.title(), a.published(), a.modified(), a.authors(),
                a.language(), a.description(), a.tags(), a.media(), text, a.related());
    }
}
