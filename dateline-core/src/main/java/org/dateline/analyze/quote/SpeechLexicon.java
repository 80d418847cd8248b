package org.dateline.analyze.quote;

import org.dateline.analyze.Analysis;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.analyze.lang.LanguageData;
import org.dateline.analyze.lex.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the quote finder knows of a language, read from {@code lang/<code>/speech.json}
 * ({@link LanguageData}): reporting verbs with their forms, source phrases ("according to", "laut"),
 * pronouns, honorifics, role, organisation and document words, the words that bound a noun phrase,
 * subjunctive forms. Built once per language; immutable and thread-safe.
 *
 * <p>Words are kept lower-cased with the typographic apostrophe folded to {@code '}; phrases of
 * several words are kept as space-joined strings and matched token by token, longest first.
 */
final class SpeechLexicon {

    /**
     * A reporting verb. {@code needs}: null; a complementizer ("that", "dass": content only as a
     * that-clause); "quote" (only with a quotation); or a word the content follows ("as", "als").
     * {@code impersonal}: the verb has no speaker of its own ("hieß es"); {@code passiveSpeaker}: in
     * the passive its subject is the speaker ("X wird mit den Worten zitiert").
     */
    /** {@code notBefore}: words that make a form another verb when they follow it ("showed up", "called off"). */
    /** {@code cueType}: what the verb reports, {@code speech}, {@code belief}, {@code evidence} or {@code action}. */
    record Verb(String lemma, boolean object, String needs, String particle, boolean impersonal,
                boolean passiveSpeaker, Set<String> notBefore, boolean predicate, String cueType, boolean naming) {
    }

    /** One written form of a verb: one or more words; {@code split}: a German verb whose particle comes later. */
    record Form(String[] words, Verb verb, boolean ambiguous, boolean split) {
    }

    /**
     * A phrase that introduces its source ("according to"); the source's noun phrase begins at word
     * {@code sourceFrom} of the phrase, or after it when {@code sourceFrom} is the phrase's length.
     */
    record SourcePhrase(String[] words, String cue, int sourceFrom) {
    }

    /** A subject pronoun. */
    record Pronoun(String type, String gender) {
    }

    private static final Map<String, SpeechLexicon> CACHE = new ConcurrentHashMap<>();

    final String language;
    final boolean titleCase;
    final boolean capitalizedNames;
    /** The language's grammar features ({@code grammar} in the data). */
    final Grammar grammar;
    /** Reflexive pronouns between a verb-second verb and its subject ("äußerte sich der Minister"). */
    final Set<String> reflexivePronouns;
    private final Map<String, List<Form>> forms = new HashMap<>();
    private final Map<String, List<SourcePhrase>> sourcePhrases = new HashMap<>();
    final Set<String> particles = new HashSet<>();
    final Set<String> postpositions;
    final Set<String> postSourceWords;
    final Set<String> colonLabels;
    /** Labels of a line that points to another story or a video ("WATCH:", "READ MORE:"): no speech in it. */
    final Set<String> teaserLabels;
    final Set<String> colonLabelSuffixes;
    final Set<String> timeModifiers;
    final Set<String> timeNouns;
    final Map<String, Pronoun> pronouns = new HashMap<>();
    /** Possessives as the pronoun of their owner ("her statement": a woman's), for documents' issuers. */
    final Map<String, Pronoun> possessiveOwners = new HashMap<>();
    final Set<String> relativePronouns;
    /**
     * Words that open a relative clause after a source ("nach Angaben der Ämter, die … verglichen
     * wurden, …") where {@link #relativePronouns} leaves them out because they are also articles.
     */
    final Set<String> sourceModifierStarts;
    /** Pronominal adverbs that stand for the clause after them ("verwies darauf, dass …"). */
    final Set<String> correlates;
    final Set<String> possessives;
    final Set<String> honorifics;
    final Set<String> femaleHonorifics;
    final Set<String> maleHonorifics;
    /** Given names of one sex ({@code lang/mul/given_name_genders.json}), lower-cased. */
    final Set<String> femaleNames;
    final Set<String> maleNames;
    /** Given names of either sex ({@code lang/mul/given_names.json} and the two above), lower-cased. */
    final Set<String> givenNames;
    /**
     * First names of people, a broad list ({@code lang/mul/first_names.json}, Moby names, public
     * domain) together with {@link #givenNames}: where a person's name starts in a capitalised run.
     */
    final Set<String> firstNames;
    /**
     * Names of known places and organisations ({@code lang/<code>/entities.json}, {@code lang/mul/places.json}),
     * lower-cased: a run of capitalised words that is one of them names no person ("North Korea").
     */
    final Set<String> knownNonPersons;
    /** Cities and places ({@code lang/mul/places.json}), lower-cased: a dateline's "ISLAMABAD:" names no speaker. */
    final Set<String> cities;
    final Set<String> roles;
    /** Roles and other nouns for people: what may head a speaker's noun phrase. */
    final Set<String> people;
    /** Endings of agent nouns ("-organisator", "-spezialistin"): a hyphenated compound with one names a role. */
    final List<String> agentSuffixes;
    /** Words that open a clause of time, reason or concession ("bevor", "nachdem"): not the content of speech. */
    final Set<String> adverbialClauseWords;
    final Set<String> organizationWords;
    final Set<String> documentWords;
    /** Prepositions that name the agent of an impersonal or passive verb ("von der Gewerkschaft heißt es"). */
    final Set<String> agentPrepositions;
    /** Prepositions that name the document an impersonal verb quotes, after it ("heißt es in dem Schreiben"). */
    final Set<String> documentPrepositions;
    final Set<String> clauseWords;
    final Set<String> determiners;
    /** The articles of the language ("the", "a", "an"), a subset of {@link #determiners}. */
    final Set<String> articles;
    final Set<String> auxiliaries;
    final Set<String> passiveAuxiliaries;
    final Set<String> complementizers;
    final Set<String> titleCues;
    final Set<String> notNames;
    final Set<String> subjunctive;
    final Set<String> adverbialStarts;
    final Set<String> genitiveLinks;
    final Set<String> impersonalSubjects;
    final Set<String> objectPronouns;
    final Set<String> nameLinks;
    final Set<String> conjunctions;
    final Set<String> prepositions;
    /** Prepositions that make a following "-ing" form a gerund ("for acknowledging"), not a participle clause. */
    final Set<String> gerundPrepositions;
    /** Articles that open the predicate of a naming verb without quotation marks ("called it a hoax"). */
    final Set<String> predicateArticles;
    final Set<String> perfectAuxiliaries;
    final int maxPhraseWords;
    final int partialMinWords;

    private SpeechLexicon(String language, JsonNode j) {
        this.language = language;
        this.titleCase = j.path("quoteMarks").path("titleCase").asBoolean(false);
        this.capitalizedNames = j.path("quoteMarks").path("capitalizedNames").asBoolean(false);
        this.grammar = Grammar.from(j.path("grammar"));
        this.reflexivePronouns = strings(j.path("reflexivePronouns"));
        this.partialMinWords = j.path("partialMinWords").asInt(1);
        int max = 1;
        for (JsonNode v : j.path("verbs")) {
            String particle = v.hasNonNull("particle") ? norm(v.get("particle").asText()) : null;
            Verb verb = new Verb(v.path("lemma").asText(), v.path("object").asBoolean(false),
                    v.hasNonNull("needs") ? norm(v.get("needs").asText()) : null, particle,
                    v.path("impersonal").asBoolean(false), v.path("passiveSpeaker").asBoolean(false),
                    strings(v.path("notBefore")), v.path("predicate").asBoolean(false),
                    v.path("cueType").asText(Analysis.CUE_SPEECH), v.path("naming").asBoolean(false));
            if (particle != null) {
                particles.add(particle);
            }
            Set<String> ambiguous = strings(v.path("ambiguous"));
            for (JsonNode f : v.path("forms")) {
                max = Math.max(max, addForm(f.asText(), verb, ambiguous, false));
            }
            for (JsonNode f : v.path("split")) {
                max = Math.max(max, addForm(f.asText(), verb, ambiguous, true));
            }
        }
        for (List<Form> l : forms.values()) {
            l.sort((a, b) -> Integer.compare(b.words.length, a.words.length));
        }
        for (JsonNode p : j.path("sourcePhrases")) {
            String[] w = norm(p.path("words").asText()).split(" ");
            sourcePhrases.computeIfAbsent(w[0], k -> new ArrayList<>())
                    .add(new SourcePhrase(w, p.path("cue").asText(), p.path("sourceFrom").asInt(w.length)));
            max = Math.max(max, w.length);
        }
        for (List<SourcePhrase> l : sourcePhrases.values()) {
            l.sort((a, b) -> Integer.compare(b.words.length, a.words.length));
        }
        readPronouns(j.path("pronouns"), pronouns);
        readPronouns(j.path("possessiveOwners"), possessiveOwners);
        postpositions = strings(j.path("postpositions"));
        postSourceWords = strings(j.path("postSourceWords"));
        colonLabels = strings(j.path("colonSpeakerLabels"));
        teaserLabels = strings(j.path("teaserLabels"));
        colonLabelSuffixes = strings(j.path("colonLabelSuffixes"));
        timeModifiers = strings(j.path("timeModifiers"));
        timeNouns = strings(j.path("timeNouns"));
        relativePronouns = strings(j.path("relativePronouns"));
        sourceModifierStarts = strings(j.path("sourceModifierStarts"));
        correlates = strings(j.path("correlates"));
        possessives = strings(j.path("possessivePronouns"));
        honorifics = strings(j.path("honorifics"));
        femaleHonorifics = strings(j.path("femaleHonorifics"));
        maleHonorifics = strings(j.path("maleHonorifics"));
        JsonNode genders = LanguageData.load("mul", "given_name_genders");
        femaleNames = strings(genders.path("female"));
        maleNames = strings(genders.path("male"));
        Set<String> given = new HashSet<>(strings(LanguageData.load("mul", "given_names").path("names")));
        given.addAll(femaleNames);
        given.addAll(maleNames);
        givenNames = Set.copyOf(given);
        Set<String> first = new HashSet<>(given);
        first.addAll(strings(LanguageData.load("mul", "first_names").path("names")));
        JsonNode entities = LanguageData.load(language, "entities");
        JsonNode placeList = LanguageData.load("mul", "places").path("places");
        knownNonPersons = namesAndAliases(entities.path("organizations"), entities.path("countries"), placeList,
                LanguageData.load("mul", "divisions").path("places"));
        cities = namesAndAliases(placeList);
        Set<String> affixes = strings(j.path("roleAffixes"));
        Set<String> r = strings(j.path("roles"));
        roles = new CompoundRoles(r, r, affixes);
        Set<String> p = new HashSet<>(r);
        p.addAll(strings(j.path("personNouns")));
        people = new CompoundRoles(Set.copyOf(p), r, affixes);
        agentSuffixes = List.copyOf(strings(j.path("agentSuffixes")));
        adverbialClauseWords = strings(j.path("adverbialClauseWords"));
        organizationWords = strings(j.path("organizationWords"));
        documentWords = strings(j.path("documentWords"));
        agentPrepositions = strings(j.path("agentPrepositions"));
        documentPrepositions = strings(j.path("documentPrepositions"));
        clauseWords = strings(j.path("clauseWords"));
        determiners = strings(j.path("determiners"));
        articles = strings(j.path("articles"));
        auxiliaries = strings(j.path("auxiliaries"));
        passiveAuxiliaries = strings(j.path("passiveAuxiliaries"));
        complementizers = strings(j.path("complementizers"));
        titleCues = strings(j.path("titleCues"));
        notNames = strings(j.path("notNames"));
        first.removeAll(notNames);
        first.removeAll(honorifics);
        firstNames = Set.copyOf(first);
        subjunctive = strings(j.path("subjunctive"));
        adverbialStarts = strings(j.path("adverbialStarts"));
        genitiveLinks = strings(j.path("genitiveLinks"));
        impersonalSubjects = strings(j.path("impersonalSubjects"));
        objectPronouns = strings(j.path("objectPronouns"));
        nameLinks = strings(j.path("nameLinks"));
        conjunctions = strings(j.path("conjunctions"));
        prepositions = strings(j.path("prepositions"));
        gerundPrepositions = strings(j.path("gerundPrepositions"));
        predicateArticles = strings(j.path("predicateArticles"));
        perfectAuxiliaries = strings(j.path("perfectAuxiliaries"));
        for (Set<String> s : List.of(people, organizationWords, documentWords, titleCues, honorifics, auxiliaries)) {
            for (String w : s) {
                max = Math.max(max, w.split(" ").length);
            }
        }
        this.maxPhraseWords = max;
    }

    private int addForm(String text, Verb verb, Set<String> ambiguous, boolean split) {
        String n = norm(text);
        String[] w = n.split(" ");
        forms.computeIfAbsent(w[0], k -> new ArrayList<>()).add(new Form(w, verb, ambiguous.contains(n), split));
        return w.length;
    }

    /** The lexicon of a language, or English when the language has no speech.json. */
    static SpeechLexicon of(String language) {
        String code = language == null ? "en" : language.toLowerCase(Locale.ROOT);
        if (!LanguageData.has(code, "speech")) {
            code = "en";
        }
        return CACHE.computeIfAbsent(code, c -> new SpeechLexicon(c, LanguageData.load(c, "speech")));
    }

    /** A one-word colon label that ends like an abstract noun ("clarification"): a heading. */
    boolean headingLabel(String w) {
        for (String s : colonLabelSuffixes) {
            if (w.length() > s.length() + 3 && w.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, typographic apostrophes folded. */
    static String norm(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        if (l.indexOf('’') < 0 && l.indexOf('`') < 0 && l.indexOf('‘') < 0) {
            return l;
        }
        return l.replace('’', '\'').replace('`', '\'').replace('‘', '\'');
    }

    /** Reads {@code {"word": {"type": …, "gender": …}}} into {@code out}, keys normalised. */
    private static void readPronouns(JsonNode node, Map<String, Pronoun> out) {
        node.fields().forEachRemaining(e -> out.put(norm(e.getKey()),
                new Pronoun(e.getValue().path("type").asText("unknown"),
                        e.getValue().hasNonNull("gender") ? e.getValue().get("gender").asText() : null)));
    }

    /** The normalised names and aliases of entity lists ({@code [{"name", "aliases"}, …]}). */
    private static Set<String> namesAndAliases(JsonNode... lists) {
        Set<String> out = new HashSet<>();
        for (JsonNode list : lists) {
            for (JsonNode e : list) {
                out.add(norm(e.path("name").asText("")));
                for (JsonNode a : e.path("aliases")) {
                    out.add(norm(a.asText()));
                }
            }
        }
        out.remove("");
        return Set.copyOf(out);
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        for (JsonNode n : array) {
            out.add(norm(n.asText()));
        }
        return Set.copyOf(out);
    }

    /**
     * What a quote's cue reports ({@link Analysis#CUE_SPEECH} and the others): the type of the verb
     * the cue is a form of; a source phrase ("according to") or a colon is speech; null without a cue.
     */
    String cueType(String cue) {
        if (cue == null || cue.isBlank()) {
            return null;
        }
        Verb v = cueVerb(cue);
        return v == null ? Analysis.CUE_SPEECH : v.cueType();
    }

    /**
     * Whether the cue is a verb of naming ("called it a …", "nannte X eine …", "sprach von …"): a
     * quoted phrase in its content, however short, is the subject's own word, a partial quotation.
     */
    boolean namingCue(String cue) {
        Verb v = cue == null || cue.isBlank() ? null : cueVerb(cue);
        return v != null && v.naming();
    }

    /** The verb a cue is a form of, or null (a source phrase, a colon). */
    private Verb cueVerb(String cue) {
        String[] w = norm(cue.strip()).split("\\s+");
        List<Form> fs = forms.get(w[0]);
        if (fs != null) {
            for (Form f : fs) {
                if (java.util.Arrays.asList(w).containsAll(java.util.Arrays.asList(f.words))) {
                    return f.verb;
                }
            }
        }
        return null;
    }

    /** Whether the word ends like an agent noun of the language ({@code agentSuffixes}). */
    boolean agentNoun(String w) {
        for (String s : agentSuffixes) {
            if (w.endsWith(s) && w.length() >= s.length() + 3) {
                return true;
            }
        }
        return false;
    }

    /** The verb forms that match at token {@code i}, longest first (empty when none). */
    List<Form> verbsAt(List<Token> toks, int i) {
        List<Form> candidates = forms.get(toks.get(i).lower());
        if (candidates == null) {
            return List.of();
        }
        List<Form> out = new ArrayList<>(2);
        for (Form f : candidates) {
            if (matches(toks, i, f.words)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The longest verb form starting at token {@code i}, or null. */
    Form verbAt(List<Token> toks, int i) {
        List<Form> candidates = forms.get(toks.get(i).lower());
        if (candidates == null) {
            return null;
        }
        for (Form f : candidates) {
            if (matches(toks, i, f.words)) {
                return f;
            }
        }
        return null;
    }

    /** The longest source phrase starting at token {@code i}, or null. */
    SourcePhrase sourcePhraseAt(List<Token> toks, int i) {
        List<SourcePhrase> candidates = sourcePhrases.get(toks.get(i).lower());
        if (candidates == null) {
            return null;
        }
        for (SourcePhrase p : candidates) {
            if (matches(toks, i, p.words)) {
                return p;
            }
        }
        // The same with one adjective after the preposition ("nach ersten Angaben", "nach
        // offiziellen Informationen") or a compound of the noun ("nach Unternehmensangaben", "nach
        // Presseberichten"), where it opens its sentence or a clause after a comma; inside a clause
        // ("der nach bisherigen Erkenntnissen etwa 30 Hotels betrifft") it qualifies a detail.
        boolean opens = i == 0 || toks.get(i - 1).is(",") || toks.get(i - 1).is(":");
        for (int skip = 0; opens && skip <= 1 && i + 1 + skip < toks.size(); skip++) {
            Token adjective = toks.get(i + 1);
            if (skip == 1 && !(adjective.isWord() && adjective.lowercase() && !determiners.contains(adjective.lower())
                    && ADJECTIVE_ENDING.matcher(adjective.lower()).find())) {
                break;
            }
            Token noun = toks.get(i + 1 + skip);
            if (!noun.isWord()) {
                break;
            }
            String w = noun.lower();
            for (SourcePhrase p : candidates) {
                if (p.words.length == 2 && p.sourceFrom == 1 && (skip == 1 && w.equals(p.words[1])
                        || p.words[1].length() >= 6 && w.length() >= p.words[1].length() + 3 && w.endsWith(p.words[1]))) {
                    String[] words = skip == 1 ? new String[] {p.words[0], adjective.lower(), w} : new String[] {p.words[0], w};
                    return new SourcePhrase(words, p.cue, 1);
                }
            }
        }
        return null;
    }

    /** The endings of an inflected German adjective ("ersten", "jetzigem", "offizieller"). */
    private static final java.util.regex.Pattern ADJECTIVE_ENDING = java.util.regex.Pattern.compile("(?:en|em|er|es|e)$");

    private static boolean matches(List<Token> toks, int i, String[] words) {
        if (i + words.length > toks.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            Token t = toks.get(i + k);
            if (t.kind() != Token.Kind.WORD || !t.lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The length of the longest phrase of {@code set} that ends at token {@code end - 1}
     * (0 when none), for matching multi-word roles and organisation names right to left.
     */
    int phraseEndingAt(Set<String> set, List<Token> toks, int end, int from) {
        StringBuilder sb = new StringBuilder();
        int best = 0;
        for (int k = 1; k <= maxPhraseWords && end - k >= from; k++) {
            Token t = toks.get(end - k);
            if (t.kind() != Token.Kind.WORD) {
                break;
            }
            sb.insert(0, k == 1 ? t.lower() : t.lower() + " ");
            if (set.contains(sb.toString())) {
                best = k;
            }
        }
        return best;
    }

    /** The length of the longest phrase of {@code set} that starts at token {@code i} (0 when none). */
    int phraseStartingAt(Set<String> set, List<Token> toks, int i, int to) {
        StringBuilder sb = new StringBuilder();
        int best = 0;
        for (int k = 0; k < maxPhraseWords && i + k < to; k++) {
            Token t = toks.get(i + k);
            if (t.kind() != Token.Kind.WORD) {
                break;
            }
            if (k > 0) {
                sb.append(' ');
            }
            sb.append(t.lower());
            if (set.contains(sb.toString())) {
                best = k + 1;
            }
        }
        return best;
    }

    /**
     * A set of role words that also holds their hyphenated compounds: "secretary-general",
     * "director-general", "vice-president", "ex-minister", "co-chair", "deputy secretary-general".
     * A phrase with a hyphen is in the set when it is a listed phrase written with a space
     * ("vice-president" for "vice president"), or when all its parts are roles or role affixes
     * ("vice", "ex", "co", "elect", "acting") and one of them is a role. Enumerating the compounds
     * would never end (every role takes "ex-" and "deputy"), and news writes most of them both ways.
     */
    private static final class CompoundRoles extends java.util.AbstractSet<String> {
        private final Set<String> words;
        private final Set<String> roles;
        private final Set<String> affixes;

        CompoundRoles(Set<String> words, Set<String> roles, Set<String> affixes) {
            this.words = words;
            this.roles = roles;
            this.affixes = affixes;
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof String s)) {
                return false;
            }
            if (words.contains(s)) {
                return true;
            }
            if (s.indexOf('-') <= 0) {
                return false;
            }
            if (words.contains(s.replace('-', ' '))) {
                return true;
            }
            // Parts split by hand: no regular expression on this path, which every hyphenated
            // phrase of every sentence takes.
            boolean role = false;
            int from = 0;
            for (int k = 0; k <= s.length(); k++) {
                if (k == s.length() || s.charAt(k) == '-' || s.charAt(k) == ' ') {
                    String part = s.substring(from, k);
                    if (roles.contains(part)) {
                        role = true;
                    } else if (!affixes.contains(part)) {
                        return false;
                    }
                    from = k + 1;
                }
            }
            return role;
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return words.iterator();
        }

        @Override
        public int size() {
            return words.size();
        }
    }
}
