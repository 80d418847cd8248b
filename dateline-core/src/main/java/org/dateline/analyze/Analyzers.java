package org.dateline.analyze;

import org.dateline.analyze.lang.LanguageData;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analyzer for an article's language: a language with data files under
 * {@code /org/dateline/analyze/lang/<code>/} gets its own; any other falls back to English rules
 * (quote marks and numbers still work; speech verbs will mostly not match). Analyzers are immutable
 * and built once per language.
 */
public final class Analyzers {

    private static final Map<String, Analyzer> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Analyzers() {
    }

    /** @param language ISO 639-1, or null */
    public static Analyzer forLanguage(String language) {
        String code = language == null ? "en" : language.toLowerCase(Locale.ROOT);
        if (!LanguageData.has(code, "speech")) {
            code = "en";
        }
        return BY_LANGUAGE.computeIfAbsent(code, NewsAnalyzer::new);
    }
}
