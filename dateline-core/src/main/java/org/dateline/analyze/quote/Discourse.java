package org.dateline.analyze.quote;

import org.dateline.analyze.Analysis.Speaker;
import org.dateline.analyze.lex.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an article has said so far about who is who: the people and organisations named, in order,
 * with the role and organisation seen with them, so that a later "Kirby", "he", "the ministry" or
 * "the spokesman" resolves to the full name given earlier (news names a person in full on first
 * reference). One per article; not thread-safe (a {@link QuoteFinder} run owns it).
 *
 * <p>Resolution looks back over a bounded number of mentions, so the cost per speaker is constant.
 */
final class Discourse {

    static final String PERSON = "person";
    static final String ORGANIZATION = "organization";
    static final String DOCUMENT = "document";
    static final String UNKNOWN = "unknown";

    /** How many earlier mentions a pronoun or definite description may look back over. */
    private static final int LOOKBACK = 40;

    static final class Entity {
        final String name;
        final String type;
        String role;
        String organization;
        String gender;
        /** Named as the speaker of a statement (not only seen in a run of capitalised words). */
        boolean spoke;

        Entity(String name, String type) {
            this.name = name;
            this.type = type;
        }
    }

    private record Mention(int offset, Entity entity) {
    }

    private final SpeechLexicon lex;
    private final Map<String, Entity> byName = new HashMap<>();
    private final Map<String, Entity> bySurname = new HashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    /** The article, for {@link #writtenLowercase}. */
    private final org.dateline.analyze.text.Text text;

    Discourse(SpeechLexicon lex) {
        this(lex, org.dateline.analyze.text.Text.of("", "en"));
    }

    Discourse(SpeechLexicon lex, org.dateline.analyze.text.Text text) {
        this.lex = lex;
        this.text = text;
    }

    /**
     * Whether the article writes this word in lower case elsewhere: then a capital on it is the
     * sentence's or the heading's, not a name's ("Afterwards", "Rival", "Former").
     */
    boolean writtenLowercase(Token t) {
        return text.writtenLowercase(t.lower());
    }

    /** Labels found to name no one ("Record Label:" in a list): never a person later either. */
    private final java.util.Set<String> notSpeakers = new java.util.HashSet<>();

    /** Remembers that this label (as written) names no one. */
    void notASpeaker(String label) {
        notSpeakers.add(label.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the article writes every word of {@code [a, b)} in lower case elsewhere: a Title Case
     * phrase ("Ten Hearts", "Record Label"), not a name — a name has a word that is only a name.
     */
    private boolean everyWordLowercaseElsewhere(List<Token> toks, int a, int b) {
        for (int k = a; k < b; k++) {
            Token t = toks.get(k);
            if (t.isWord() && !writtenLowercase(t) && !lex.nameLinks.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /** A first name of a person ({@link SpeechLexicon#firstNames}); hyphenated ones by their parts ("Hans-Peter"). */
    boolean firstName(Token t) {
        if (!t.isWord() || !t.capitalized()) {
            return false;
        }
        String w = t.lower();
        if (lex.firstNames.contains(w)) {
            return true;
        }
        int dash = w.indexOf('-');
        return dash > 0 && lex.firstNames.contains(w.substring(0, dash)) && lex.firstNames.contains(w.substring(dash + 1));
    }

    /**
     * Where a person's name starts in the run of capitalised words {@code [a, b)}: at its first
     * first name, when what stands before it is not a name but a word capitalised by its place or a
     * bare role — a sentence adverb, a conjunction, a greeting, an adjective ("Afterwards Penny",
     * "Obwohl Liat", "Hallo Friederike", "Rival Hillary Clinton", "Former Pennsylvania Gov. Ed
     * Rendell"), or, in a language that capitalises nouns, a noun before a full name ("Philosoph
     * Richard David Precht"). The evidence for the words before: the article writes one of them in lower
     * case elsewhere, or one is a title, a role or a word that is never a name; in a language that
     * capitalises nouns, a full name (first name and more) after them is enough. Words that are
     * themselves first names are never cut, so "Gihad Ibrahim" stays whole. Returns {@code a} when
     * nothing is to be cut.
     */
    int nameStart(List<Token> toks, int a, int b) {
        return nameStart(toks, a, a, b);
    }

    /** As {@link #nameStart(List, int, int)}, with titles already cut off {@code [from, a)} counted as evidence. */
    int nameStart(List<Token> toks, int from, int a, int b) {
        if (b - a < 2 || containsAny(toks, a, b, lex.organizationWords)) {
            return a;
        }
        int g = -1;
        for (int k = a + 1; k < b; k++) {
            if (firstName(toks.get(k))) {
                g = k;
                break;
            }
            if (!toks.get(k).isWord() || firstName(toks.get(k - 1))) {
                return a;
            }
        }
        if (g < 0) {
            return a;
        }
        // "New York Times", "West Virginia": a known place or organisation runs through the first name.
        for (int k = a + 1; k <= b; k++) {
            if (lex.knownNonPersons.contains(SpeechLexicon.norm(join(toks, a, k)))) {
                return a;
            }
        }
        boolean evidence = lex.grammar.nounsCapitalized() && b - g >= 2 && g - a == 1 && toks.get(a).text().length() >= 5 || from < a;
        for (int k = a; k < g; k++) {
            Token t = toks.get(k);
            if (!t.isWord() || lex.nameLinks.contains(t.lower()) && k > a || firstName(t)) {
                return a;
            }
            String w = t.lower();
            if (writtenLowercase(t) || lex.notNames.contains(w) || lex.honorifics.contains(w)
                    || lex.roles.contains(w.replace(".", "")) || compoundOf(w, lex.roles) || compoundOf(w, lex.people)) {
                evidence = true;
            }
        }
        return evidence ? g : a;
    }

    /** Registers the names of a sentence (runs of capitalised words) before its speakers are resolved. */
    void observe(List<Token> toks) {
        int i = 0;
        while (i < toks.size()) {
            if (!startsName(toks, i)) {
                i++;
                continue;
            }
            int end = runEnd(toks, i, toks.size());
            Entity e = registerRun(toks, i, end);
            // "RT's Gayane Chichakyan": the possessor before a person's name is their organisation.
            if (e != null && e.type.equals(PERSON) && e.organization == null && i >= 2 && toks.get(i - 1).isPossessive()
                    && toks.get(i - 2).capitalized()) {
                int o = i - 2;
                while (o > 0 && toks.get(o - 1).capitalized() && i - o < 6) {
                    o--;
                }
                Entity owner = byName.get(join(toks, o, i - 1).toLowerCase(java.util.Locale.ROOT));
                if (owner == null || !owner.type.equals(PERSON)) {
                    e.organization = stripHonorifics(toks, o, i - 1);
                }
            }
            i = Math.max(end, i + 1);
        }
    }

    private boolean startsName(List<Token> toks, int i) {
        Token t = toks.get(i);
        return t.capitalized() && !lex.notNames.contains(t.lower());
    }

    /** Whether a person of this surname (lower-cased) has been named. */
    boolean knowsPerson(String surname) {
        Entity e = bySurname.get(surname);
        return e != null && e.type.equals(PERSON);
    }

    /** Whether the link at {@code k} joins the parts of one name ("Ursula von der Leyen"), not a name and its organisation. */
    private boolean insideName(List<Token> toks, int k, int b) {
        if (!toks.get(k - 1).capitalized() || !lex.nameLinks.contains(toks.get(k).lower())
                || !lex.grammar.nounsCapitalized() && lex.genitiveLinks.contains(toks.get(k).lower())
                || !(firstName(toks.get(k - 1)) || k >= 2 && firstName(toks.get(k - 2)))) {
            return false;
        }
        int l = k + 1;
        if (l < b && toks.get(l).isWord() && (lex.nameLinks.contains(toks.get(l).lower())
                || lex.grammar.nounsCapitalized() && lex.determiners.contains(toks.get(l).lower()))) {
            l++;
        }
        // One surname after the particles ("… von der Leyen"); a longer run is what the person is of
        // ("Charles B. Rangel of New York", "John Sifton von Human Rights Watch").
        return l < b && toks.get(l).capitalized() && runEnd(toks, l, b) == l + 1 && !lex.notNames.contains(toks.get(l).lower())
                && !containsAny(toks, l, l + 1, lex.organizationWords)
                && !lex.knownNonPersons.contains(toks.get(l).lower());
    }

    /**
     * Whether a person with this name, surname or first name (lower-cased) has been named
     * ("Liat" after "Liat Atzili"): an interview labels its speakers so.
     */
    boolean knowsPersonCalled(String w) {
        if (knowsPerson(w)) {
            return true;
        }
        if (notSpeakers.contains(w)) {
            return false;
        }
        Entity e = byName.get(w);
        if (e != null) {
            return e.type.equals(PERSON);
        }
        return onlyPersonFirstNamed(w) != null;
    }

    /**
     * An interview's label by first name ("Liat:" after "Liat Atzili") as the person it stands for:
     * the speaker with the full name when one person of that first name was named, else as it is.
     */
    Speaker byFirstName(Speaker s) {
        if (s == null || s.name() == null || s.name().indexOf(' ') >= 0 || !PERSON.equals(s.type())) {
            return s;
        }
        Entity e = onlyPersonFirstNamed(SpeechLexicon.norm(s.name()));
        return e == null ? s : new Speaker(s.mention(), e.name, e.role != null ? e.role : s.role(),
                e.organization != null ? e.organization : s.organization(), e.type);
    }

    /** The one person named so far whose first name this is ("Liat" after "Liat Atzili"), or null when none or several. */
    private Entity onlyPersonFirstNamed(String w) {
        Entity found = null;
        for (Entity x : byName.values()) {
            if (x.type.equals(PERSON) && x.name.length() > w.length() && x.name.charAt(w.length()) == ' '
                    && x.name.substring(0, w.length()).toLowerCase(java.util.Locale.ROOT).equals(w)) {
                if (found != null && found != x) {
                    return null;
                }
                found = x;
            }
        }
        return found;
    }

    /** The end of the run of capitalised words (with name links like "of", "van") starting at {@code i}. */
    int runEnd(List<Token> toks, int i, int to) {
        int j = i;
        while (j < to) {
            Token t = toks.get(j);
            if (t.capitalized() && (j == i || !lex.notNames.contains(t.lower()) || lex.honorifics.contains(t.lower()))) {
                j++;
            } else if (j > i && t.isWord() && lex.nameLinks.contains(t.lower())) {
                // "Ursula von der Leyen", "Ludwig van Beethoven": up to two links before the next
                // part of the name; in German never before a first name ("Nachrichten von Gianni": a preposition).
                int l = j + 1;
                if (l < to && toks.get(l).isWord() && (lex.nameLinks.contains(toks.get(l).lower())
                        || lex.grammar.nounsCapitalized() && lex.determiners.contains(toks.get(l).lower()))) {
                    l++;
                }
                if (l < to && toks.get(l).capitalized() && !lex.notNames.contains(toks.get(l).lower())
                        && !(lex.grammar.nounsCapitalized() && firstName(toks.get(l)))) {
                    j = l;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return j;
    }

    private Entity registerRun(List<Token> toks, int a, int b) {
        int run = a;
        String titleGender = null;
        while (a < b && (lex.honorifics.contains(toks.get(a).lower()) || lex.notNames.contains(toks.get(a).lower()))) {
            titleGender = titleGender != null ? titleGender : honorificGender(toks.get(a).lower());
            a++;
        }
        if (a >= b) {
            return null;
        }
        Entity e = registerRun(toks, run, a, b);
        if (e != null && e.gender == null && titleGender != null && e.type.equals(PERSON)) {
            e.gender = titleGender; // "Ms. Warren"
        }
        return e;
    }

    /** {@code [a, b)}: the run of {@code [run, b)} after its titles. */
    private Entity registerRun(List<Token> toks, int run, int a, int b) {
        if (lex.grammar.nounsCapitalized()) {
            // "VW-Chef Winterkorn", "Bundesfamilienministerin Kristina Schröder": German writes the role
            // as one capitalised compound before the name; the name is what follows it.
            int r = a;
            while (r < b - 1 && germanRole(toks.get(r)) != null) {
                r++;
            }
            if (r > a) {
                Entity e = registerName(toks, r, b);
                if (e != null && e.type.equals(PERSON) && e.role == null) {
                    String[] ro = germanRole(toks.get(r - 1));
                    e.role = ro[0];
                    e.organization = e.organization == null ? ro[1] : e.organization;
                }
                return e;
            }
        }
        if (!lex.grammar.nounsCapitalized()) {
            // "US President Donald Trump": the name is what follows the capitalised role; the role and
            // the organisation before it are remembered with the person ("the US President" later).
            int[] r = capitalisedRole(toks, a, b);
            if (r != null) {
                if (r[1] >= b) {
                    return null;
                }
                Entity e = registerName(toks, r[1], b);
                if (e != null && e.type.equals(PERSON)) {
                    int r0 = roleStart(toks, a, r[0]);
                    if (e.role == null) {
                        e.role = phrase(toks, r[0], r[1]);
                    }
                    if (e.organization == null && r0 > a) {
                        e.organization = join(toks, a, r0);
                    }
                }
                return e;
            }
        }
        int n = nameStart(toks, run, a, b);
        if (n > a) {
            Entity e = registerName(toks, n, b);
            if (e != null && e.type.equals(PERSON) && e.role == null) {
                e.role = roleBefore(toks, a, n);
            }
            return e;
        }
        // "a Retired American Warriors conference", "the Affordable Care Act": a name of people
        // takes no article in English; a run after one that no title opens names a thing.
        boolean article = !lex.grammar.nounsCapitalized() && a == run && a > 0 && toks.get(a - 1).isWord()
                && lex.articles.contains(toks.get(a - 1).lower());
        return registerName(toks, a, b, !article);
    }

    private Entity registerName(List<Token> toks, int a, int b) {
        return registerName(toks, a, b, true);
    }

    private Entity registerName(List<Token> toks, int a, int b, boolean mayBePerson) {
        String name = join(toks, a, b);
        String lowerName = name.toLowerCase(java.util.Locale.ROOT);
        Entity known = byName.get(lowerName);
        if (known != null) {
            mentions.add(new Mention(toks.get(a).start(), known));
            return known;
        }
        if (containsAny(toks, a, b, lex.organizationWords) || lex.knownNonPersons.contains(SpeechLexicon.norm(name))) {
            Entity e = new Entity(name, ORGANIZATION);
            byName.put(lowerName, e);
            mentions.add(new Mention(toks.get(a).start(), e));
            return e;
        }
        if (mayBePerson && b - a >= 2 && b - a <= 4 && !toks.get(b - 1).allCaps() && !everyWordLowercaseElsewhere(toks, a, b)
                && !notSpeakers.contains(lowerName)) {
            Entity e = new Entity(name, PERSON);
            e.gender = givenNameGender(name);
            byName.put(lowerName, e);
            bySurname.put(toks.get(b - 1).lower(), e);
            mentions.add(new Mention(toks.get(a).start(), e));
            return e;
        }
        if (b - a == 1) {
            Entity e = bySurname.get(toks.get(a).lower());
            if (e != null) {
                mentions.add(new Mention(toks.get(a).start(), e));
                return e;
            }
        }
        return null;
    }

    private boolean containsAny(List<Token> toks, int a, int b, java.util.Set<String> words) {
        for (int k = a; k < b; k++) {
            if (lex.phraseStartingAt(words, toks, k, b) > 0) {
                return true;
            }
        }
        return false;
    }

    static String join(List<Token> toks, int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int k = a; k < b; k++) {
            Token t = toks.get(k);
            if (k > a && !t.isPossessive() && !(t.kind() == Token.Kind.PUNCT && (t.is(",") || t.is(")")))
                    && !(k > a && toks.get(k - 1).is("("))) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.toString();
    }

    /**
     * The role phrase inside a run of capitalised words, {start, end}: the one ending last, the
     * longest of those ("Republican Secretary of State Jon Husted" → "Secretary of State"), or null.
     */
    private int[] capitalisedRole(List<Token> toks, int a, int b) {
        int[] best = null;
        for (int h = a; h < b; h++) {
            int len = lex.phraseStartingAt(lex.roles, toks, h, b);
            if (len > 0 && (best == null || h + len > best[1])) {
                best = new int[] {h, h + len};
            }
        }
        return best;
    }

    /** The lower-case words of {@code [a, b)} joined by spaces ("press secretary"). */
    private static String phrase(List<Token> toks, int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int k = a; k < b; k++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(toks.get(k).lower().replace(".", ""));
        }
        return sb.toString();
    }

    /**
     * The speaker a mention stands for: {@code [a, b)} is the noun phrase as written; {@code [pa, pb)}
     * an appositive after it ("…, the Republican attorney general of Oklahoma,"), or {@code pa = -1}.
     */
    Speaker resolve(List<Token> toks, int a, int b, int pa, int pb) {
        String mention = join(toks, a, b);
        int offset = toks.get(a).start();
        if (b - a == 1 && toks.get(a).isWord()) {
            SpeechLexicon.Pronoun p = lex.pronouns.get(toks.get(a).lower());
            if (p != null) {
                return pronoun(mention, p, offset);
            }
        }
        if (b - a == 2 && toks.get(b - 1).isWord() && lex.documentWords.contains(toks.get(b - 1).lower())) {
            Speaker issued = issuer(mention, toks.get(a).lower(), toks.get(b - 1).lower(), offset);
            if (issued != null) {
                return issued;
            }
        }
        // "Rep. Trey Gowdy (R-S.C.)", "Kristina Schröder (CDU)": the party label after a name is not
        // the name; a party's acronym is the organisation.
        if (b - a >= 4 && toks.get(b - 1).is(")")) {
            int o = b - 2;
            while (o > a && !toks.get(o).is("(") && b - o < 8) {
                o--;
            }
            if (o > a && toks.get(o).is("(")) {
                Speaker inner = resolve(toks, a, o, pa, pb);
                String org = inner.organization();
                if (org == null && o + 2 == b - 1 && toks.get(o + 1).allCaps() && toks.get(o + 1).text().indexOf('-') < 0
                        && PERSON.equals(inner.type())) {
                    org = toks.get(o + 1).text();
                }
                return new Speaker(mention, inner.name(), inner.role(), org, inner.type());
            }
        }
        // "Mr. Morgan of the Sierra Club", "der Sprecher des Weißen Hauses": the head comes before
        // the genitive link, what follows it names the organisation.
        for (int k = a + 1; k < b - 1; k++) {
            Token x = toks.get(k);
            if (x.isWord() && lex.genitiveLinks.contains(x.lower()) && !toks.get(k - 1).isPossessive()
                    && !insideName(toks, k, b)
                    && (toks.get(k - 1).capitalized() || lex.people.contains(toks.get(k - 1).lower()))
                    && !(lex.grammar.nounsCapitalized() && lex.determiners.contains(x.lower()) && !toks.get(k - 1).capitalized())
                    && !containsAny(toks, a, k, lex.organizationWords)
                    // "Secretary of State Jon Husted": the link is inside a role
                    && lex.phraseStartingAt(lex.roles, toks, k - 1, b) < 3) {
                Speaker head = resolve(toks, a, k, k + 1, b);
                return new Speaker(join(toks, a, b), head.name(), head.role(), head.organization(), head.type());
            }
        }
        String role = findRole(toks, a, b);
        String organization = null;
        String name = null;
        String type = UNKNOWN;
        Entity entity = null;
        // The head: the last run of capitalised words when the phrase ends with it.
        int headA = -1;
        int headB = -1;
        int k = a;
        while (k < b) {
            if (toks.get(k).capitalized() && !lex.notNames.contains(toks.get(k).lower())
                    || toks.get(k).capitalized() && lex.honorifics.contains(toks.get(k).lower())) {
                int e = runEnd(toks, k, b);
                if (e == k) {
                    e = k + 1;
                }
                if (e < b && toks.get(e).isPossessive()) {
                    organization = organizationName(toks, k, e, organization);
                } else if (e == b || e < b && !toks.get(e).isWord()) {
                    headA = k;
                    headB = e;
                } else if (containsAny(toks, k, e, lex.organizationWords) && organization == null) {
                    organization = stripHonorifics(toks, k, e);
                }
                k = e;
            } else {
                k++;
            }
        }
        if (!lex.grammar.nounsCapitalized() && headA >= 0) {
            // English capitalises a role before a name ("US President Donald Trump", "White House
            // Press Secretary Karoline Leavitt"): the role and what precedes it (the organisation)
            // are not the name; a run that ends with the role ("the US President") names nobody
            // itself and is resolved as a role below.
            int[] r = capitalisedRole(toks, headA, headB);
            if (r != null) {
                // "panel Chairman Rep. Jason Chaffetz": roles and titles before the last role are more of
                // the role, not its organisation; a written-out role says more than a title ("Rep.").
                int r0 = r[0];
                String written = null;
                while (r0 > headA && (lex.roles.contains(toks.get(r0 - 1).lower())
                        || lex.honorifics.contains(toks.get(r0 - 1).lower()))) {
                    r0--;
                    if (written == null && lex.roles.contains(toks.get(r0).lower()) && toks.get(r0).text().indexOf('.') < 0) {
                        written = toks.get(r0).lower();
                    }
                }
                if (role == null) {
                    role = written != null && toks.get(r[1] - 1).text().endsWith(".") ? written : phrase(toks, r[0], r[1]);
                }
                if (organization == null && r0 > headA && !lex.honorifics.contains(toks.get(headA).lower())) {
                    organization = join(toks, headA, r0);
                }
                headA = r[1] < headB ? r[1] : -1;
            }
        }
        Token last = toks.get(b - 1);
        if (lex.grammar.nounsCapitalized() && headA >= 0 && !containsAny(toks, headA, headB, lex.organizationWords)
                && !lex.knownNonPersons.contains(SpeechLexicon.norm(join(toks, headA, headB)))) {
            // German capitalises nouns: "Der Staatsanwalt" names nobody; "Innenminister Nicolas Sarkozy"
            // names after the role. A capitalised word after a determiner or an adjective, or a role
            // word (also as the end of a compound, "UNMISS-Vertreter"), is a noun, not a name.
            int h = headA;
            while (h < headB && (nounPosition(toks, h, a) || compoundOf(toks.get(h).lower(), lex.people)
                    || compoundOf(toks.get(h).lower(), lex.documentWords) || h + 1 < headB && germanRole(toks.get(h)) != null)) {
                String[] ro = role == null ? germanRole(toks.get(h)) : null;
                if (ro != null) {
                    role = ro[0];
                    organization = organization == null ? ro[1] : organization;
                }
                h++;
            }
            headA = h < headB ? h : -1;
        }
        if (headA >= 0) {
            int n = nameStart(toks, headA, headB);
            if (n > headA) {
                role = role != null ? role : roleBefore(toks, headA, n);
                headA = n;
            }
        }
        if (headA >= 0) {
            int ha = headA;
            while (ha < headB - 1 && lex.honorifics.contains(toks.get(ha).lower())) {
                if (role == null && lex.roles.contains(toks.get(ha).lower().replace(".", ""))) {
                    role = toks.get(ha).lower().replace(".", "");
                }
                ha++;
            }
            String head = join(toks, ha, headB);
            if (containsAny(toks, ha, headB, lex.documentWords) && headB - ha == 1) {
                type = DOCUMENT;
                name = head;
            } else if (containsAny(toks, ha, headB, lex.organizationWords)) {
                type = ORGANIZATION;
                entity = byName.get(head.toLowerCase(java.util.Locale.ROOT));
                name = head;
            } else if (headB - ha == 1) {
                entity = bySurname.get(toks.get(ha).lower());
                if (entity == null) {
                    entity = byName.get(toks.get(ha).lower());
                }
                if (entity == null) {
                    // "Penny" after "Penny Smith": the one person of that first name.
                    Entity f = lex.firstNames.contains(toks.get(ha).lower()) ? onlyPersonFirstNamed(toks.get(ha).lower()) : null;
                    if (f != null) {
                        entity = f;
                    }
                }
                if (entity != null) {
                    name = entity.name;
                    type = entity.type;
                } else {
                    name = head;
                    type = PERSON;
                }
            } else {
                entity = byName.get(head.toLowerCase(java.util.Locale.ROOT));
                name = head;
                type = entity != null ? entity.type : PERSON;
            }
        } else if (last.isWord()) {
            String h = last.lower();
            int docLen = lex.phraseEndingAt(lex.documentWords, toks, b, a);
            int orgLen = lex.phraseEndingAt(lex.organizationWords, toks, b, a);
            int roleLen = lex.phraseEndingAt(lex.people, toks, b, a);
            if (lex.grammar.closedCompounds()) {
                docLen = docLen > 0 || compoundOf(h, lex.documentWords) ? 1 : 0;
                orgLen = orgLen > 0 || compoundOf(h, lex.organizationWords) ? 1 : 0;
                roleLen = roleLen > 0 || compoundOf(h, lex.people) ? 1 : 0;
                if (role == null && roleLen > 0) {
                    role = h;
                }
            }
            boolean definite = toks.get(a).isWord() && (toks.get(a).is("the") || lex.possessives.contains(toks.get(a).lower())
                    || lex.determiners.contains(toks.get(a).lower()) && toks.get(a).lower().startsWith("d"));
            if (docLen > 0) {
                type = DOCUMENT;
                if (definite) {
                    entity = recent(e -> e.type.equals(DOCUMENT), offset);
                }
            } else if (orgLen > 0) {
                type = ORGANIZATION;
                if (definite) {
                    entity = recent(e -> e.type.equals(ORGANIZATION)
                            && e.name.toLowerCase(java.util.Locale.ROOT).contains(h), offset);
                }
            } else if (roleLen > 0) {
                type = PERSON;
                if (definite) {
                    String r = role;
                    entity = recent(e -> e.type.equals(PERSON) && r != null && r.equals(e.role), offset);
                }
            }
            if (entity != null) {
                name = entity.name;
            }
        }
        if (pa >= 0 && pb > pa) {
            if (role == null) {
                role = findRole(toks, pa, pb);
            }
            if (organization == null) {
                organization = organizationIn(toks, pa, pb);
            }
        }
        if (entity == null && name != null && (type.equals(PERSON) || type.equals(ORGANIZATION))) {
            entity = byName.get(name.toLowerCase(java.util.Locale.ROOT));
            if (entity == null) {
                entity = new Entity(name, type);
                byName.put(name.toLowerCase(java.util.Locale.ROOT), entity);
                if (type.equals(PERSON)) {
                    String[] parts = name.split(" ");
                    bySurname.putIfAbsent(SpeechLexicon.norm(parts[parts.length - 1]), entity);
                }
            }
        }
        if (entity != null) {
            if (role != null && entity.role == null) {
                entity.role = role;
            }
            if (organization != null && entity.organization == null) {
                entity.organization = organization;
            }
            if (entity.gender == null) {
                entity.gender = genderOf(toks, a, b, role);
            }
            if (entity.gender == null && entity.type.equals(PERSON)) {
                entity.gender = givenNameGender(entity.name);
            }
            entity.spoke = true;
            if (role == null) {
                role = entity.role;
            }
            if (organization == null) {
                organization = entity.organization;
            }
            mentions.add(new Mention(offset, entity));
        }
        return new Speaker(mention, name, role, organization, type);
    }

    /**
     * A German role compound, {role, organisation or null}, or null: "SWR-Intendant" → {intendant,
     * SWR}, "Bundesfamilienministerin" → {bundesfamilienministerin, null}, inflected forms too
     * ("VW-Vorstandsvorsitzenden", "des Präsidenten"): what stands before the hyphen of a compound
     * role names the organisation.
     */
    private String[] germanRole(Token t) {
        if (!t.isWord() || !t.capitalized()) {
            return null;
        }
        String w = t.lower();
        String base = compoundOf(w, lex.roles) ? w
                : w.endsWith("en") && compoundOf(w.substring(0, w.length() - 2), lex.roles) ? w.substring(0, w.length() - 2)
                : (w.endsWith("n") || w.endsWith("s")) && compoundOf(w.substring(0, w.length() - 1), lex.roles)
                ? w.substring(0, w.length() - 1) : null;
        if (base == null) {
            // "ATU-Organisator", "AfD-Politiker", "Zahlungsverkehr-Spezialistin": a hyphenated compound
            // whose last part is a person noun or an agent noun names a role, of what precedes it.
            int d = w.lastIndexOf('-');
            if (d > 0 && d < w.length() - 4) {
                String tail = w.substring(d + 1);
                if (compoundOf(tail, lex.people) || lex.agentNoun(tail)) {
                    String prefix = t.text().substring(0, d);
                    return new String[]{tail, Character.isUpperCase(prefix.charAt(0)) && prefix.indexOf('-') < 0 ? prefix : null};
                }
            }
            return null;
        }
        int dash = base.lastIndexOf('-');
        if (dash > 0 && !lex.roles.contains(base.substring(0, dash)) && compoundOf(base.substring(dash + 1), lex.roles)) {
            String prefix = t.text().substring(0, dash);
            if (Character.isUpperCase(prefix.charAt(0)) && prefix.indexOf('-') < 0) {
                return new String[]{base.substring(dash + 1), prefix};
            }
            return new String[]{base.substring(dash + 1), null};
        }
        return new String[]{base, null};
    }

    /**
     * The role in the words before a name that {@link #nameStart} cut off, or null: a role phrase
     * ("Gov." → gov, "Philosoph" in German), else nothing (a sentence adverb is no role).
     */
    private String roleBefore(List<Token> toks, int a, int n) {
        if (lex.grammar.closedCompounds() && n - a == 1) {
            String[] ro = germanRole(toks.get(a));
            if (ro != null) {
                return ro[0];
            }
            return compoundOf(toks.get(a).lower(), lex.people) ? toks.get(a).lower() : null;
        }
        for (int k = n - 1; k >= a; k--) {
            int len = lex.phraseStartingAt(lex.roles, toks, k, n);
            if (len > 0) {
                return phrase(toks, k, k + len);
            }
        }
        return null;
    }

    /** Roles and titles before the role at {@code r0} (not before {@code from}) are more of the role. */
    private int roleStart(List<Token> toks, int from, int r0) {
        while (r0 > from && (lex.roles.contains(toks.get(r0 - 1).lower()) || lex.honorifics.contains(toks.get(r0 - 1).lower()))) {
            r0--;
        }
        return r0;
    }

    /** After a determiner or an inflected adjective inside the mention: a German noun. */
    private boolean nounPosition(List<Token> toks, int h, int a) {
        if (h <= a) {
            return false;
        }
        Token p = toks.get(h - 1);
        String w = p.lower();
        return p.isWord() && (lex.determiners.contains(w) || lex.possessives.contains(w)
                || p.lowercase() && (w.endsWith("e") || w.endsWith("en") || w.endsWith("er") || w.endsWith("es")
                || w.endsWith("em")));
    }

    /** A woman's role formed with a feminine suffix of the language from a role ("Sprecherin"). */
    private boolean feminineRole(String role) {
        for (String suffix : lex.grammar.feminineSuffixes()) {
            if (role.length() > suffix.length() + 3 && role.endsWith(suffix)
                    && compoundOf(role.substring(0, role.length() - suffix.length()), lex.roles)) {
                return true;
            }
        }
        return false;
    }

    /** The word is one of {@code words}, or a compound ending in one ("Polizeisprecher"). */
    boolean compoundOf(String w, java.util.Set<String> words) {
        if (words.contains(w)) {
            return true;
        }
        if (!lex.grammar.closedCompounds()) {
            return false;
        }
        for (int k = 1; k <= w.length() - 4; k++) {
            String tail = w.substring(k);
            if (w.charAt(k - 1) == '-' || words.contains(tail) && tail.length() >= 4) {
                if (words.contains(tail)) {
                    return true;
                }
            }
        }
        return false;
    }

    private String genderOf(List<Token> toks, int a, int b, String role) {
        for (int k = a; k < b; k++) {
            String n = toks.get(k).lower();
            if (lex.femaleHonorifics.contains(n)) {
                return "f";
            }
            if (lex.maleHonorifics.contains(n)) {
                return "m";
            }
        }
        if (role != null) {
            if (role.endsWith("woman") || lex.femaleHonorifics.contains(role)) {
                return "f";
            }
            if (role.endsWith("man") && !role.endsWith("woman") || lex.maleHonorifics.contains(role)) {
                return "m";
            }
            // German forms a woman's role with "-in" ("Sprecherin", "Bundesfamilienministerin").
            if (feminineRole(role)) {
                return "f";
            }
        }
        return null;
    }

    /**
     * Whether a person entity shows it is one: in German, which capitalises every noun, a run of
     * capitalised words ("Erwerbslosen Forum Deutschland", "Briefe von SWR-Mitarbeitern") is a
     * person only with a gender, a role, a given name first, or once named as a speaker; English
     * capitalises names only.
     */
    private boolean personEvidence(Entity x) {
        if (!lex.grammar.nounsCapitalized() || x.gender != null || x.role != null || x.spoke) {
            return true;
        }
        int sp = x.name.indexOf(' ');
        return sp > 0 && lex.givenNames.contains(SpeechLexicon.norm(x.name.substring(0, sp)));
    }

    /** "f" or "m" for a title of one sex ("Ms.", "Sir"), else null. */
    private String honorificGender(String w) {
        return lex.femaleHonorifics.contains(w) ? "f" : lex.maleHonorifics.contains(w) ? "m" : null;
    }

    /**
     * "f" or "m" when a name of two words or more opens with a given name of one sex ("Elizabeth
     * Warren", "John Stumpf"), else null: a pronoun of the other sex never stands for that person.
     */
    private String givenNameGender(String name) {
        int sp = name.indexOf(' ');
        if (sp <= 0) {
            return null;
        }
        String first = SpeechLexicon.norm(name.substring(0, sp));
        return lex.femaleNames.contains(first) ? "f" : lex.maleNames.contains(first) ? "m" : null;
    }

    private Speaker pronoun(String mention, SpeechLexicon.Pronoun p, int offset) {
        Entity e = null;
        if (p.type().equals(PERSON) && p.gender() != null) {
            String g = p.gender();
            e = recent(x -> x.type.equals(PERSON) && (x.gender == null || x.gender.equals(g)) && personEvidence(x), offset);
            if (e != null && e.gender == null) {
                e.gender = g;
            }
        } else if (p.type().equals(ORGANIZATION)) {
            e = recent(x -> x.type.equals(ORGANIZATION) || x.type.equals(DOCUMENT), offset);
        }
        if (e == null) {
            String type = p.type().equals(PERSON) || p.type().equals(ORGANIZATION) ? p.type() : UNKNOWN;
            return new Speaker(mention, null, null, null, type);
        }
        mentions.add(new Mention(offset, e));
        return new Speaker(mention, e.name, e.role, e.organization, e.type);
    }

    /**
     * The issuer of a document named as a source: "her statement said" is a woman's, the last one
     * mentioned; "the statement said" is the statement an earlier sentence introduced ("The
     * ministry released a statement"), issued by the person or body named last before it, within
     * that sentence's reach. Null when the article does not say whose it is.
     */
    private Speaker issuer(String mention, String determiner, String document, int offset) {
        Entity e = null;
        SpeechLexicon.Pronoun owner = lex.possessiveOwners.get(determiner);
        if (owner != null) {
            String g = owner.gender();
            e = owner.type().equals(PERSON)
                    ? recent(x -> x.type.equals(PERSON) && (x.gender == null || x.gender.equals(g)) && personEvidence(x), offset)
                    : recent(x -> x.type.equals(ORGANIZATION), offset);
        } else if (lex.determiners.contains(determiner)) {
            String t = text.text();
            int from = Math.max(0, offset - 600);
            int at = -1;
            String lower = t.substring(from, Math.min(offset, t.length())).toLowerCase(java.util.Locale.ROOT);
            for (int k = lower.lastIndexOf(document); k >= 0; k = k > 0 ? lower.lastIndexOf(document, k - 1) : -1) {
                boolean start = k == 0 || !Character.isLetterOrDigit(lower.charAt(k - 1));
                int end = k + document.length();
                boolean stop = end >= lower.length() || !Character.isLetterOrDigit(lower.charAt(end));
                if (start && stop) {
                    at = from + k;
                    break;
                }
            }
            if (at >= 0) {
                // the issuer opens the clause that introduced the document: named in the same
                // sentence, a few words before it ("Health Canada issued its report")
                Entity found = recent(x -> x.type.equals(PERSON) || x.type.equals(ORGANIZATION), at);
                int was = found == null ? -1 : lastOffset(found, at);
                if (was >= 0 && at - was <= 80 && !sentenceEndBetween(t, was, at)) {
                    e = found;
                }
            }
        }
        if (e == null) {
            return null;
        }
        return new Speaker(mention, e.name, e.role, e.type.equals(ORGANIZATION) ? e.name : e.organization, DOCUMENT);
    }

    private static boolean sentenceEndBetween(String t, int from, int to) {
        for (int k = from; k < to && k < t.length(); k++) {
            char c = t.charAt(k);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && k + 1 < t.length() && Character.isWhitespace(t.charAt(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** The offset of the last mention of {@code e} before {@code before}, or -1. */
    private int lastOffset(Entity e, int before) {
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (m.offset < before && m.entity == e) {
                return m.offset;
            }
        }
        return -1;
    }

    private Entity recent(java.util.function.Predicate<Entity> ok, int before) {
        int seen = 0;
        for (int k = mentions.size() - 1; k >= 0 && seen < LOOKBACK; k--) {
            Mention m = mentions.get(k);
            if (m.offset >= before) {
                continue;
            }
            seen++;
            if (ok.test(m.entity)) {
                return m.entity;
            }
        }
        return null;
    }

    /** Registers a document's title ("a report entitled “Children of Islamic State”"). */
    void document(String title, int offset) {
        Entity e = new Entity(title, DOCUMENT);
        mentions.add(new Mention(offset, e));
    }

    /** True when tokens {@code [a, b)} name someone: a role word ("der Bürgermeister") or a first name. */
    boolean namesSomeone(List<Token> toks, int a, int b) {
        for (int k = a; k < b; k++) {
            if (firstName(toks.get(k))) {
                return true;
            }
        }
        return findRole(toks, a, b) != null;
    }

    private String findRole(List<Token> toks, int a, int b) {
        String best = null;
        for (int k = a; k < b; k++) {
            if (!toks.get(k).isWord() || toks.get(k).capitalized() && !lex.grammar.nounsCapitalized()) {
                continue;
            }
            int n = lex.phraseStartingAt(lex.roles, toks, k, b);
            if (n > 0) {
                String r = SpeechLexicon.norm(join(toks, k, k + n));
                if (best == null || r.length() > best.length()) {
                    best = r;
                }
                k += n - 1;
            }
        }
        return best;
    }

    private String organizationName(List<Token> toks, int a, int b, String current) {
        if (current != null) {
            return current;
        }
        String n = stripHonorifics(toks, a, b);
        Entity e = byName.get(n.toLowerCase(java.util.Locale.ROOT));
        if (e != null && e.type.equals(PERSON)) {
            return null;
        }
        return n;
    }

    private String stripHonorifics(List<Token> toks, int a, int b) {
        while (a < b - 1 && (lex.honorifics.contains(toks.get(a).lower()) || lex.notNames.contains(toks.get(a).lower()))) {
            a++;
        }
        return join(toks, a, b);
    }

    /** An organisation in an appositive: a run with an organisation word, or a place after "of". */
    private String organizationIn(List<Token> toks, int a, int b) {
        String afterOf = null;
        for (int k = a; k < b; k++) {
            if (toks.get(k).capitalized() && !lex.notNames.contains(toks.get(k).lower())) {
                int e = runEnd(toks, k, b);
                if (e == k) {
                    e = k + 1;
                }
                if (containsAny(toks, k, e, lex.organizationWords)) {
                    return stripHonorifics(toks, k, e);
                }
                if (afterOf == null && k > a && (toks.get(k - 1).is("of") || toks.get(k - 1).is("the")
                        && k - 1 > a && toks.get(k - 2).is("of"))) {
                    afterOf = join(toks, k, e);
                }
                k = e - 1;
            }
        }
        return afterOf;
    }
}
