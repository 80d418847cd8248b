package org.dateline.analyze;

import org.dateline.extract.Article;

/** Reads an article's body and finds quotes, claims, times, entities. Thread-safe. */
public interface Analyzer {

    Analysis analyze(Article article);
}
