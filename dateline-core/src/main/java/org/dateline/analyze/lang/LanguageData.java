package org.dateline.analyze.lang;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Language knowledge kept as data, not code: one JSON file per language and topic under
 * {@code /org/dateline/analyze/lang/<language>/<topic>.json} (for example {@code en/speech.json}:
 * speech verbs and reporting nouns; {@code de/time.json}: month and weekday names). Adding a
 * language is adding its files.
 *
 * <p>Files are read once and cached; the returned trees must be treated as read-only.
 */
public final class LanguageData {

    private static final ObjectMapper JSON = new ObjectMapper().configure(JsonParser.Feature.ALLOW_COMMENTS, true);
    private static final Map<String, JsonNode> CACHE = new ConcurrentHashMap<>();

    private LanguageData() {
    }

    /**
     * The data of one topic for one language, or a {@link MissingNode} when that language has no
     * such file.
     */
    public static JsonNode load(String language, String topic) {
        String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
        String path = "/org/dateline/analyze/lang/" + lang + "/" + topic + ".json";
        return CACHE.computeIfAbsent(path, LanguageData::read);
    }

    /** Whether the language has a file for the topic. */
    public static boolean has(String language, String topic) {
        return !load(language, topic).isMissingNode();
    }

    private static JsonNode read(String path) {
        try (InputStream in = LanguageData.class.getResourceAsStream(path)) {
            if (in == null) {
                return MissingNode.getInstance();
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language data " + path, e);
        }
    }
}
