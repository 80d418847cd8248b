package org.dateline.analyze;

/** The analyzer for an article's language. Analyzers are immutable and shared. */
public final class Analyzers {

    private static final Analyzer NONE = article -> Analysis.EMPTY;

    private Analyzers() {
    }

    /** @param language ISO 639-1, or null (English rules are used when unknown) */
    public static Analyzer forLanguage(String language) {
        return NONE;
    }
}
