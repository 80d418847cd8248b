package org.dateline.analyze.quote;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The grammar features of a language the quote finder reads, from the {@code grammar} object of
 * {@code lang/<code>/speech.json}: named facts about the language (word order, orthography,
 * morphology), so that a language's behaviour is data, not a branch on the language in Java. A
 * feature the file leaves out has its default: {@code false}, or the empty list.
 *
 * @param nounsCapitalized   orthography: every noun is capitalised ("der Sprecher"), so a capitalised
 *                           word is not necessarily a name and a lower-case word is no noun
 * @param verbSecond         word order: the finite verb stands second in a main clause, after one
 *                           fronted phrase of any kind ("Am Montag sagte der Minister"); the subject
 *                           may follow the verb, objects and sources stand in the middle of the clause
 *                           ("… gelang der Zugriff nach Polizeiangaben binnen Minuten"), and the
 *                           verb closes a subordinate clause ("…, wie mitgeteilt wurde")
 * @param closedCompounds    compounds are written as one word ("Umweltschutzorganisation",
 *                           "Polizeisprecher"): a word ending in a lexicon word is a kind of it
 * @param speechSetOffByComma reported speech after its verb is set off by a comma, a colon or a
 *                           complementizer ("Er sagte, die Astronauten würden …"); without one, what
 *                           follows the verb is its object ("bestätigte die Aussage nicht")
 * @param namingContentAfterMarker the content of a naming verb starts after its marker word
 *                           ("bezeichnete die Erweiterung als „maßvoll“"), not at the verb ("called
 *                           the move a “disgrace”")
 * @param adverbSuffixes     endings of adverbs formed from adjectives ("-ly"; "-lich", "-weise"):
 *                           such a word is no subject and ends no noun phrase
 * @param participleSuffixes endings of past participles used as modifiers ("-ed")
 * @param adjectiveEndings   inflection endings of an adjective before its noun ("-e", "-en"); when
 *                           the language has them, a lower-case word inside a noun phrase is an
 *                           adjective only with one
 * @param feminineSuffixes   endings that form a woman's role from a role ("Sprecherin")
 */
record Grammar(boolean nounsCapitalized, boolean verbSecond, boolean closedCompounds,
               boolean speechSetOffByComma, boolean namingContentAfterMarker, List<String> adverbSuffixes,
               List<String> participleSuffixes, List<String> adjectiveEndings, List<String> feminineSuffixes) {

    /** The features of a {@code grammar} object; a missing object or feature gets its default. */
    static Grammar from(JsonNode g) {
        return new Grammar(g.path("nounsCapitalized").asBoolean(false), g.path("verbSecond").asBoolean(false),
                g.path("closedCompounds").asBoolean(false), g.path("speechSetOffByComma").asBoolean(false),
                g.path("namingContentAfterMarker").asBoolean(false), suffixes(g.path("adverbSuffixes")),
                suffixes(g.path("participleSuffixes")), suffixes(g.path("adjectiveEndings")),
                suffixes(g.path("feminineSuffixes")));
    }

    /** Whether the language inflects an adjective before its noun ({@link #adjectiveEndings} not empty). */
    boolean inflectsAdjectives() {
        return !adjectiveEndings.isEmpty();
    }

    /** Whether {@code w} ends like an adverb of the language. */
    boolean adverb(String w) {
        return endsWithAny(w, adverbSuffixes);
    }

    /** Whether {@code w} ends like a past participle of the language. */
    boolean participle(String w) {
        return endsWithAny(w, participleSuffixes);
    }

    /** Whether {@code w} carries an adjective ending of the language. */
    boolean inflectedAdjective(String w) {
        return endsWithAny(w, adjectiveEndings);
    }

    private static boolean endsWithAny(String w, List<String> suffixes) {
        for (int i = 0; i < suffixes.size(); i++) {
            if (w.endsWith(suffixes.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> suffixes(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asText().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(out);
    }
}
