package org.dateline.analyze;

import org.dateline.analyze.claim.ClaimFinder;
import org.dateline.analyze.claim.UnattributedFinder;
import org.dateline.analyze.entity.EntityFinder;
import org.dateline.analyze.lex.Lexed;
import org.dateline.analyze.quote.QuoteFinder;
import org.dateline.analyze.text.Text;
import org.dateline.analyze.time.TimeFinder;
import org.dateline.extract.Article;
import org.dateline.extract.text.HardWraps;

import java.util.List;

/**
 * The analysis stage: an article body cut into sentences, then, in order, time expressions
 * (resolved against {@code published}), quotations and reported speech with their speakers,
 * numeric claims (with the sources and times found before), entities, and unattributed claims.
 * Each step is a pure function of the text and the steps before it. Immutable and thread-safe.
 */
public final class NewsAnalyzer implements Analyzer {

    private final String language;
    private final TimeFinder times;
    private final QuoteFinder quoteFinder;
    private final ClaimFinder claims;
    private final EntityFinder entities;
    private final UnattributedFinder unattributed;

    public NewsAnalyzer(String language) {
        this.language = language;
        this.times = TimeFinder.forLanguage(language);
        this.quoteFinder = new QuoteFinder(language);
        this.claims = ClaimFinder.forLanguage(language);
        this.entities = EntityFinder.forLanguage(language);
        this.unattributed = UnattributedFinder.forLanguage(language);
    }

    @Override
    public Analysis analyze(Article article) {
        // A clean body given hard-wrapped is read with its wrapped lines joined (offsets unchanged).
        Text text = Text.of(article.text() == null ? null : HardWraps.joinedInPlace(article.text()), language);
        Lexed lexed = Lexed.of(text);
        List<Analysis.TimeExpression> foundTimes = times.find(lexed, article.published());
        List<Analysis.Quote> quotes = quoteFinder.find(text);
        List<Analysis.Claim> foundClaims = claims.find(lexed, foundTimes, quotes);
        List<Analysis.Entity> foundEntities = entities.find(lexed, quotes);
        List<String> foundUnattributed = unattributed.find(lexed, quotes);
        return new Analysis(quotes, foundClaims, foundTimes, foundEntities, foundUnattributed);
    }

    public String language() {
        return language;
    }
}
