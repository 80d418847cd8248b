package org.dateline.analyze.entity;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.analyze.lang.LanguageData;
import org.dateline.analyze.lex.Data;
import org.dateline.analyze.lex.Phrases;
import org.dateline.analyze.lex.Tokenizer;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The entity knowledge of one language, read once from {@code lang/<code>/entities.json} and the
 * language-neutral {@code lang/mul/places.json}: known organisations and places with their aliases,
 * demonyms, honorifics and role words, and the words that end organisation and place names.
 * Immutable and shared.
 */
final class Gazetteer {

    private static final Map<String, Gazetteer> BY_LANGUAGE = new ConcurrentHashMap<>();

    /** A known entity: canonical name and type; {@code exactCase} for short all-capital aliases ("IS"). */
    record Known(String name, String type, boolean exactCase, String surface) {
    }

    final Phrases<Known> known = new Phrases<>();
    final Set<String> demonyms = new HashSet<>();
    final Phrases<Boolean> honorifics;
    final Phrases<Boolean> roleWords;
    final Set<String> roleSuffixes;
    final Set<String> orgSuffixes;
    final Set<String> orgWordSuffixes;
    /** {@link #roleSuffixes} and {@link #orgWordSuffixes} by their last character. */
    private final org.dateline.analyze.lex.Suffixes roleSuffixIndex;
    private final org.dateline.analyze.lex.Suffixes orgWordSuffixIndex;
    final Set<String> placeSuffixes;
    final Set<String> notEntitySuffixes;
    final Set<String> placePrepositions;
    final Set<String> connectors;
    final Set<String> innerConnectors;
    final Set<String> notNames;
    final Set<String> timeWords = new HashSet<>();
    final boolean capitalisedNouns;
    final boolean unknownRunsArePeople;
    final Set<String> givenNames = new HashSet<>();
    /** First names, a broad list ({@code lang/mul/first_names.json}) with {@link #givenNames}, as written ("Penny"). */
    final Set<String> firstNames = new HashSet<>();

    private Gazetteer(String language) {
        JsonNode d = LanguageData.load(language, "entities");
        capitalisedNouns = d.path("capitalised_nouns").asBoolean(false);
        unknownRunsArePeople = d.path("unknown_runs_are_people").asBoolean(!capitalisedNouns);
        for (JsonNode g : LanguageData.load("mul", "given_names").path("names")) {
            givenNames.add(g.asText());
        }
        firstNames.addAll(givenNames);
        for (JsonNode g : LanguageData.load("mul", "first_names").path("names")) {
            firstNames.add(g.asText());
        }
        honorifics = Phrases.of(Data.strings(d, "honorifics"));
        roleWords = Phrases.of(Data.strings(d, "role_words"));
        roleSuffixes = Data.lowerSet(d, "role_suffixes");
        roleSuffixIndex = new org.dateline.analyze.lex.Suffixes(roleSuffixes);
        orgSuffixes = Data.lowerSet(d, "org_suffixes");
        orgWordSuffixes = Data.lowerSet(d, "org_word_suffixes");
        orgWordSuffixIndex = new org.dateline.analyze.lex.Suffixes(orgWordSuffixes);
        placeSuffixes = Data.lowerSet(d, "place_suffixes");
        notEntitySuffixes = Data.lowerSet(d, "not_entity_suffixes");
        placePrepositions = Data.lowerSet(d, "place_prepositions");
        connectors = Data.lowerSet(d, "name_connectors");
        innerConnectors = Data.lowerSet(d, "name_connectors_inner_only");
        notNames = Data.lowerSet(d, "not_names");
        for (JsonNode o : d.path("organizations")) {
            add(o, "organization");
        }
        for (JsonNode c : d.path("countries")) {
            add(c, "place");
            for (JsonNode dem : c.path("demonyms")) {
                demonyms.add(Tokenizer.lower(dem.asText()));
            }
        }
        for (JsonNode dem : d.path("extra_demonyms")) {
            demonyms.add(Tokenizer.lower(dem.asText()));
        }
        for (JsonNode p : LanguageData.load("mul", "places").path("places")) {
            add(p, "place");
        }
        // States, provinces, Länder and the large cities of every country (open data, see the file)
        for (JsonNode p : LanguageData.load("mul", "divisions").path("places")) {
            add(p, "place");
        }
        JsonNode time = LanguageData.load(language, "time");
        for (Map.Entry<String, JsonNode> e : Data.map(time.path("months")).entrySet()) {
            timeWords.add(e.getKey());
        }
        for (Map.Entry<String, JsonNode> e : Data.map(time.path("weekdays")).entrySet()) {
            timeWords.add(e.getKey());
        }
    }

    static Gazetteer forLanguage(String language) {
        return BY_LANGUAGE.computeIfAbsent(Data.languageFor(language, "entities"), Gazetteer::new);
    }

    private void add(JsonNode entry, String type) {
        String name = entry.path("name").asText("");
        if (name.isEmpty()) {
            return;
        }
        put(name, name, type);
        for (JsonNode a : entry.path("aliases")) {
            put(a.asText(), name, type);
        }
    }

    private void put(String surface, String name, String type) {
        // Short all-capital aliases match only as written: "IS" is Islamic State, "is" is a verb.
        boolean exact = surface.length() <= 4 && surface.equals(surface.toUpperCase(java.util.Locale.ROOT));
        known.put(surface, new Known(name, type, exact, surface));
    }

    boolean isRoleWord(String lower) {
        if (roleWords.containsWord(lower)) {
            return true;
        }
        return roleSuffixIndex.endsWordOf(lower, 2);
    }

    boolean isOrgWord(String lower) {
        if (orgSuffixes.contains(lower)) {
            return true;
        }
        return orgWordSuffixIndex.endsWordOf(lower, -1);
    }
}
