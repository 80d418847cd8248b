package org.dateline.analyze.lex;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reading helpers for the language data files ({@link org.dateline.analyze.lang.LanguageData}). */
public final class Data {

    private Data() {
    }

    /**
     * The language code whose {@code topic} file to use: the language's own, else English (so an
     * article in a language without data still gets numbers and dates read the English way).
     */
    public static String languageFor(String language, String topic) {
        if (language == null || language.isBlank()) {
            return "en";
        }
        String code = language.toLowerCase(java.util.Locale.ROOT);
        return org.dateline.analyze.lang.LanguageData.has(code, topic) ? code : "en";
    }

    /** The strings of an array field (absent: empty). */
    public static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        JsonNode a = node.path(field);
        if (a.isArray()) {
            for (JsonNode v : a) {
                if (v.isTextual()) {
                    out.add(v.asText());
                }
            }
        }
        return out;
    }

    /** The lower-cased strings of an array field as a set. */
    public static Set<String> lowerSet(JsonNode node, String field) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : strings(node, field)) {
            out.add(Tokenizer.lower(s));
        }
        return out;
    }

    /** An object field of numbers as phrases ({"more than": 1}). */
    public static Phrases<Double> numberPhrases(JsonNode node, String field) {
        Phrases<Double> p = new Phrases<>();
        for (Map.Entry<String, JsonNode> e : entries(node.path(field))) {
            if (e.getValue().isNumber()) {
                p.put(e.getKey(), e.getValue().asDouble());
            }
        }
        return p;
    }

    /** An object field of strings as phrases ({"$": "dollars"}). */
    public static Phrases<String> stringPhrases(JsonNode node, String field) {
        Phrases<String> p = new Phrases<>();
        for (Map.Entry<String, JsonNode> e : entries(node.path(field))) {
            p.put(e.getKey(), e.getValue().asText());
        }
        return p;
    }

    /** An array field of strings as phrases, each standing for itself. */
    public static Phrases<String> phraseList(JsonNode node, String field) {
        Phrases<String> p = new Phrases<>();
        for (String s : strings(node, field)) {
            p.put(s, s);
        }
        return p;
    }

    public static Map<String, JsonNode> map(JsonNode node) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : entries(node)) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    public static Iterable<Map.Entry<String, JsonNode>> entries(JsonNode node) {
        if (node == null || !node.isObject()) {
            return List.of();
        }
        return node.properties();
    }
}
