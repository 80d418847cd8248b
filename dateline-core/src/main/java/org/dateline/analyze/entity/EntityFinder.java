package org.dateline.analyze.entity;

import org.dateline.analyze.Analysis;
import org.dateline.analyze.lex.Lexed;
import org.dateline.analyze.lex.Phrases;
import org.dateline.analyze.lex.Token;
import org.dateline.analyze.lex.Tokenizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds people, organisations and places, and groups their aliases ("ISIS", "IS", "Daesh" →
 * Islamic State; "Kirby" → John Kirby).
 *
 * <p>A recogniser by capitalisation and context with gazetteers kept as data (see
 * docs/decisions.md for why, and what it was measured against): runs of capitalised words, split at
 * role words and honorifics ("Russian President | Vladimir Putin"), are looked up among the known
 * organisations and places of the language; otherwise typed by their last word (Ministry,
 * Department → organisation; Street, Province → place), by their context (a role word or
 * honorific before, a speaker of a quotation → person; "in X" → place), or, for two or more
 * capitalised words, as a person. A single unknown word is kept only as the alias of a longer name
 * in the same article (a surname) or with a typing cue. Titles of works in quotation marks count
 * only the known names inside them. Linear in the text; immutable and thread-safe.
 */
public final class EntityFinder {

    private static final Map<String, EntityFinder> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final int MAX_RUN = 8;

    private final Gazetteer gaz;

    private EntityFinder(String language) {
        this.gaz = Gazetteer.forLanguage(language);
    }

    public static EntityFinder forLanguage(String language) {
        return BY_LANGUAGE.computeIfAbsent(language == null ? "en" : language, EntityFinder::new);
    }

    /** One mention: surface as written, canonical name when known, type (null when unknown), position. */
    private record Mention(String surface, String canonical, String type, int start, boolean person,
                           boolean single) {
    }

    public List<Analysis.Entity> find(Lexed lexed, List<Analysis.Quote> quotes) {
        Map<String, String> speakerTypes = new HashMap<>();
        if (quotes != null) {
            for (Analysis.Quote q : quotes) {
                Analysis.Speaker s = q.speaker();
                if (s != null && s.name() != null && ("person".equals(s.type()) || "organization".equals(s.type()))) {
                    speakerTypes.put(s.name(), s.type());
                }
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (Lexed.Sentence s : lexed.sentences()) {
            collect(lexed, s.tokens(), mentions, speakerTypes);
        }
        return group(mentions);
    }

    // ---- mentions --------------------------------------------------------------------------------

    private void collect(Lexed lexed, List<Token> t, List<Mention> out, Map<String, String> speakerTypes) {
        int n = t.size();
        int firstWord = 0;
        while (firstWord < n && !t.get(firstWord).isWord()) {
            firstWord++;
        }
        boolean headline = isHeadline(t);
        int i = 0;
        while (i < n) {
            Token tok = t.get(i);
            if (!startsName(tok)) {
                i++;
                continue;
            }
            int end = runEnd(t, i);
            boolean title = headline || i > 0 && isOpenQuote(t.get(i - 1)) && end < n && isCloseQuote(t.get(end))
                    || shouted(t, i, end);
            classifyRun(lexed, t, i, end, i == firstWord, title, out, speakerTypes);
            i = Math.max(end, i + 1);
        }
    }

    /**
     * A line in title case ("Clinton Hid Past Health Problems From Public"): its capitals say nothing
     * about names, so only known names count. Four words or more, and at least three in four capitalised
     * (function words of titles are often lower case).
     */
    private boolean isHeadline(List<Token> t) {
        // "SAVE A QUARTER Let …": a section heading in capitals run into its paragraph.
        int w = 0;
        while (w < t.size() && !t.get(w).isWord()) {
            w++;
        }
        if (w + 1 < t.size() && t.get(w).allCaps() && t.get(w + 1).isWord() && (t.get(w + 1).allCaps() || t.get(w + 1).text().length() == 1)
                && gaz.known.longest(t, w) == null) {
            return true;
        }
        if (gaz.capitalisedNouns) {
            return false;
        }
        int words = 0;
        int caps = 0;
        for (Token x : t) {
            if (x.isWord()) {
                words++;
                if (x.capitalized()) {
                    caps++;
                } else if (!TITLE_LOWER.contains(x.text())) {
                    // Title case leaves only articles, conjunctions and prepositions in lower case: a
                    // lower-case verb or noun makes the line a sentence dense with names ("White House
                    // Press Secretary Karoline Leavitt spoke first"), whose capitals are names.
                    return false;
                }
            }
        }
        return words >= 4 && caps * 4 >= words * 3;
    }

    /** The words English title case keeps in lower case (Chicago and AP styles). */
    private static final Set<String> TITLE_LOWER = Set.of("a", "an", "the", "and", "but", "or", "nor", "for", "so",
            "yet", "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "vs", "from", "with", "into",
            "onto", "over", "upon", "amid", "near", "than", "that", "after", "about", "under", "while", "before",
            "between", "through", "against", "during", "without", "within", "among", "across", "behind", "despite",
            "toward", "towards", "if", "out", "down");

    /**
     * Four words or more in capitals ("NATO WASN'T THERE WHEN WE NEEDED THEM"): shouting, not a
     * name; like a title, only the known names in it count.
     */
    private static boolean shouted(List<Token> t, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            if (t.get(i).isWord()) {
                String w = t.get(i).text();
                if (!t.get(i).allCaps() && !(w.length() == 1 && Character.isUpperCase(w.charAt(0)))) {
                    return false;
                }
                words++;
            }
        }
        return words >= 4;
    }

    private static boolean startsName(Token t) {
        return t.isWord() && t.capitalized();
    }

    /** The end (exclusive) of a run of capitalised words with inner connectors and hyphens. */
    private int runEnd(List<Token> t, int i) {
        int n = t.size();
        int j = i;
        int words = 0;
        while (j < n && words < MAX_RUN) {
            Token c = t.get(j);
            if (c.isWord() && c.capitalized()) {
                words++;
                j++;
                if (c.lower().endsWith("'s")) {
                    break; // possessive ends the name: "Russia`s defense minister"
                }
                // "Mr. Smith": an honorific and its dot.
                if (j < n && t.get(j).is('.') && c.touches(t.get(j)) && gaz.honorifics.containsWord(c.lower())) {
                    j++;
                    continue;
                }
                // "John F. Kennedy": an initial and its dot.
                if (c.text().length() == 1 && j < n && t.get(j).is('.') && c.touches(t.get(j))) {
                    j++;
                }
                // "Baden-Württemberg", "Frank-Walter": capital, hyphen, capital, all touching.
                if (j + 1 < n && isHyphen(t.get(j)) && c.touches(t.get(j)) && t.get(j).touches(t.get(j + 1))
                        && t.get(j + 1).isWord() && t.get(j + 1).capitalized()) {
                    j++;
                }
                continue;
            }
            // "al-Khilafa", "bin Laden", "Bank of England": a connector inside, followed by a capital.
            if (c.isWord() && words > 0 && gaz.connectors.contains(c.lower())) {
                int k = j + 1;
                if (k < n && isHyphen(t.get(k)) && c.touches(t.get(k))) {
                    k++;
                }
                if (k < n && t.get(k).isWord() && t.get(k).capitalized()) {
                    j = k;
                    continue;
                }
            }
            break;
        }
        // Never end on a connector or a hyphen.
        while (j > i + 1 && (!t.get(j - 1).isWord() && !t.get(j - 1).is('.') || !t.get(j - 1).capitalized() && t.get(j - 1).isWord())) {
            j--;
        }
        return Math.max(j, i + 1);
    }

    private void classifyRun(Lexed lexed, List<Token> t, int from, int to, boolean sentenceStart, boolean title,
                             List<Mention> out, Map<String, String> speakerTypes) {
        // Known names anywhere in the run, longest first ("Children of Islamic State" → Islamic State).
        boolean anyKnown = false;
        List<int[]> known = new ArrayList<>();
        for (int i = from; i < to; ) {
            Phrases.Match<Gazetteer.Known> m = gaz.known.longestPossessive(t, i);
            if (m != null && m.end() <= to && caseFits(t, m)) {
                known.add(new int[] {m.start(), m.end()});
                i = m.end();
                anyKnown = true;
            } else {
                i++;
            }
        }
        if (title) {
            for (int[] k : known) {
                addKnown(lexed, t, k[0], k[1], out);
            }
            return;
        }
        // A run that is one known name (possibly with a leading "The").
        int a = from;
        while (a < to && gaz.notNames.contains(stripPossessive(t.get(a).lower())) && !isKnownAt(t, a, to)) {
            a++;
        }
        if (a >= to) {
            return;
        }
        if (anyKnown && known.size() == 1 && known.get(0)[0] == a && known.get(0)[1] == to) {
            addKnown(lexed, t, a, to, out);
            return;
        }
        // "Lester Holt of NBC News": a name, then the organisation or place it belongs to.
        for (int i = a + 2; i < to - 1; i++) {
            String l = t.get(i).lower();
            if (gaz.innerConnectors.contains(l) && !gaz.isOrgWord(t.get(i - 1).lower())
                    && !gaz.placeSuffixes.contains(t.get(i - 1).lower()) && !gaz.isRoleWord(t.get(i - 1).lower())
                    && t.get(i - 1).capitalized() && t.get(i - 2).capitalized() && !isKnownAt(t, a, to)) {
                int after = i + 1;
                while (after < to && gaz.innerConnectors.contains(t.get(after).lower())) {
                    after++;
                }
                String lastAfter = stripPossessive(t.get(to - 1).lower());
                if (after < to && (isKnownAt(t, after, to) || gaz.isOrgWord(lastAfter) || gaz.placeSuffixes.contains(lastAfter))) {
                    classifyRun(lexed, t, a, i, sentenceStart, false, out, speakerTypes);
                    classifyRun(lexed, t, after, to, false, false, out, speakerTypes);
                    return;
                }
            }
        }
        // Split at role words and honorifics: "Russian President | Vladimir Putin"; a run that ends
        // with its role ("the US President") keeps only what precedes it. The role ending last wins,
        // as many words as the role list knows ("Secretary of State", "Press Secretary").
        int roleStart = -1;
        int split = -1;
        for (int i = a; i < to; i++) {
            Phrases.Match<Boolean> m = gaz.roleWords.longest(t, i);
            int end = m != null && m.end() <= to ? m.end() : isRoleToken(t.get(i)) ? i + 1 : -1;
            if (end - 1 > split) {
                roleStart = i;
                split = end - 1;
            }
        }
        if (split == to - 1 && roleStart > a && !isKnownAt(t, a, roleStart)
                && !gaz.demonyms.contains(t.get(roleStart - 1).lower())) {
            // A run ending with a role-like word after an unknown name is a name ("Larry King",
            // "Jim Justice"); after a known place, organisation or people it is a role ("US President").
            split = -1;
        }
        if (split >= 0) {
            // the role may be several words ("Secretary-General", "Vice President"): what precedes
            // all of them is the organisation or place
            while (roleStart - 1 > a && (isRoleToken(t.get(roleStart - 1))
                    || t.get(roleStart - 1).is('-') && isRoleToken(t.get(roleStart - 2)))) {
                roleStart--;
            }
            if (roleStart > a) {
                classifyPart(lexed, t, a, roleStart, sentenceStart && a == from, false, known, out, speakerTypes);
            }
            int s = split + 1;
            if (s < to && t.get(s).is('.')) {
                s++;
            }
            if (s < to) {
                classifyPart(lexed, t, s, to, false, true, known, out, speakerTypes);
            }
            return;
        }
        classifyPart(lexed, t, a, to, sentenceStart && a == from, false, known, out, speakerTypes);
    }

    private boolean isRoleToken(Token x) {
        String l = x.lower();
        return gaz.isRoleWord(l) || gaz.honorifics.containsWord(l) || gaz.honorifics.containsWord(x.text().toLowerCase(Locale.ROOT));
    }

    private void classifyPart(Lexed lexed, List<Token> t, int a, int to, boolean sentenceStart, boolean personCue,
                              List<int[]> known, List<Mention> out, Map<String, String> speakerTypes) {
        while (a < to && (gaz.notNames.contains(stripPossessive(t.get(a).lower())) && !isKnownAt(t, a, to)
                || !t.get(a).isWord())) {
            a++;
        }
        // "Afterwards Penny", "Walking Vincent": a word the article writes in lower case elsewhere,
        // before a first name, is capitalised by its place, not part of the name.
        while (to - a >= 2 && t.get(a).isWord() && !gaz.firstNames.contains(t.get(a).text())
                && gaz.firstNames.contains(t.get(a + 1).text()) && !isKnownAt(t, a, to)
                && lexed.text().writtenLowercase(t.get(a).lower())) {
            a++;
        }
        while (to > a && !t.get(to - 1).isWord()) {
            to--;
        }
        if (a >= to) {
            return;
        }
        Phrases.Match<Gazetteer.Known> whole = gaz.known.longestPossessive(t, a);
        if (whole != null && whole.end() == to && caseFits(t, whole)) {
            addKnown(lexed, t, a, to, out);
            return;
        }
        String last = stripPossessive(t.get(to - 1).lower());
        int words = 0;
        boolean allDemonyms = true;
        boolean anyTime = false;
        for (int i = a; i < to; i++) {
            if (t.get(i).isWord() && t.get(i).capitalized()) {
                words++;
                String l = stripPossessive(t.get(i).lower());
                allDemonyms &= gaz.demonyms.contains(l);
                anyTime |= gaz.timeWords.contains(l);
            }
        }
        if (gaz.demonyms.contains(stripPossessive(Tokenizer.lower(surface(lexed, t, a, to))))) {
            return; // "African-American", "Native Americans"
        }
        // "Tuesday", "March Madness" are times or events; "Theresa May" is a person.
        boolean startsWithTime = gaz.timeWords.contains(stripPossessive(t.get(a).lower()));
        if (words == 0 || allDemonyms || anyTime && startsWithTime && words <= 2) {
            // Still count known names inside ("Syrian | Aleppo" is unlikely, but cheap).
            return;
        }
        String surface = surface(lexed, t, a, to);
        int start = t.get(a).start();
        String type = null;
        if (gaz.notEntitySuffixes.contains(last) && !personCue) {
            return; // "Equal Rights Amendment", "Paris Agreement": names, but of no person, organisation or place
        }
        if (words == 1 && (gaz.orgSuffixes.contains(last) || gaz.placeSuffixes.contains(last))) {
            return; // "the Ministry", "die Regierung": a common noun, not a name
        }
        if (gaz.isOrgWord(last)) {
            type = "organization";
        } else if (gaz.placeSuffixes.contains(last) && words >= 2) {
            type = "place";
        } else if (speakerTypes.containsKey(surface)) {
            type = speakerTypes.get(surface);
        } else if (personCue && words <= 4) {
            type = "person";
        } else if (words == 1 && t.get(a).allCaps() && t.get(a).text().length() <= 6) {
            if (t.get(a).text().indexOf('.') >= 0) {
                return; // "N.C.", "D.C.": abbreviations of places not in the gazetteer, too ambiguous to type
            }
            type = "organization";
        } else if (words >= 2 && anyAcronym(t, a, to)) {
            type = "organization"; // "Super PAC", "TD Ameritrade"
        } else if (words == 1 && !gaz.capitalisedNouns && a > 0 && gaz.placePrepositions.contains(t.get(a - 1).lower())
                && !sentenceStart) {
            type = "place";
        }
        // A given name followed by another capitalised word starts a person's name:
        // "Der Kongressabgeordnete | John Murtha", "Gallois Vorgänger | Christian Streiff".
        if (type == null && words >= 2) {
            for (int g = a; g + 1 < to; g++) {
                Token x = t.get(g);
                if (x.isWord() && gaz.givenNames.contains(x.text()) && t.get(g + 1).capitalized()) {
                    if (g > a) {
                        classifyPart(lexed, t, a, g, sentenceStart, false, known, out, speakerTypes);
                    }
                    out.add(new Mention(surface(lexed, t, g, to), null, "person", t.get(g).start(), true, false));
                    return;
                }
            }
        }
        if (words >= 2) {
            // Known names inside a longer unknown run, as in "Syria Aleppo": keep them, drop the run.
            boolean inner = false;
            for (int[] k : known) {
                if (k[0] >= a && k[1] <= to && (k[1] - k[0]) < (to - a) && type == null) {
                    addKnown(lexed, t, k[0], k[1], out);
                    inner = true;
                }
            }
            if (inner) {
                return;
            }
            if (type == null) {
                if (!gaz.unknownRunsArePeople) {
                    return; // German "Pariser Börse", "Gelbe Trikot": capitals mark nouns, not names
                }
                type = "person";
            }
            out.add(new Mention(surface, null, type, start, "person".equals(type), false));
            return;
        }
        if (sentenceStart && type == null) {
            out.add(new Mention(surface, null, null, -1 - start, false, true));
            return;
        }
        out.add(new Mention(surface, null, type, start, "person".equals(type), true));
    }

    private static boolean anyAcronym(List<Token> t, int a, int to) {
        for (int i = a; i < to; i++) {
            Token x = t.get(i);
            if (x.allCaps() && x.text().indexOf('.') < 0 && x.text().length() <= 5) {
                return true;
            }
        }
        return false;
    }

    private void addKnown(Lexed lexed, List<Token> t, int a, int to, List<Mention> out) {
        Phrases.Match<Gazetteer.Known> m = gaz.known.longestPossessive(t, a);
        if (m == null) {
            return;
        }
        Gazetteer.Known k = m.value();
        out.add(new Mention(surface(lexed, t, a, m.end()), k.name(), k.type(), t.get(a).start(), false, false));
    }

    private boolean isKnownAt(List<Token> t, int a, int to) {
        Phrases.Match<Gazetteer.Known> m = gaz.known.longestPossessive(t, a);
        return m != null && m.end() <= to && caseFits(t, m);
    }

    /** Short all-capital aliases match as written only; others need a capital first letter. */
    private static boolean caseFits(List<Token> t, Phrases.Match<Gazetteer.Known> m) {
        Token first = t.get(m.start());
        if (m.value().exactCase()) {
            StringBuilder b = new StringBuilder();
            for (int i = m.start(); i < m.end(); i++) {
                b.append(stripPossessiveText(t.get(i).text()));
            }
            return b.toString().equals(m.value().surface().replace(" ", ""));
        }
        return first.capitalized() || !Character.isLetter(first.text().charAt(0));
    }

    private static String surface(Lexed lexed, List<Token> t, int a, int to) {
        String s = lexed.slice(t.get(a).start(), t.get(to - 1).end());
        return stripPossessiveText(s);
    }

    private static String stripPossessiveText(String s) {
        int n = s.length();
        if (n > 2 && (s.charAt(n - 1) == 's' || s.charAt(n - 1) == 'S')) {
            char ap = s.charAt(n - 2);
            if (ap == '\'' || ap == '’' || ap == '`' || ap == 'ʼ') {
                return s.substring(0, n - 2);
            }
        }
        return s;
    }

    private static String stripPossessive(String lower) {
        return lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
    }

    private static boolean isHyphen(Token t) {
        return t.is('-') || t.is('‐');
    }

    private static boolean isOpenQuote(Token t) {
        return t.is('“') || t.is('"') || t.is('‘') || t.is('„') || t.is('«') || t.is('»') || t.is('\'') || t.is('‚');
    }

    private static boolean isCloseQuote(Token t) {
        return t.is('”') || t.is('"') || t.is('’') || t.is('“') || t.is('»') || t.is('«') || t.is('\'') || t.is('‘');
    }

    // ---- grouping --------------------------------------------------------------------------------

    private static final class Group {
        final String key;
        String name;
        final Map<String, Integer> types = new HashMap<>();
        final Set<String> surfaces = new LinkedHashSet<>();
        int count;
        int first = Integer.MAX_VALUE;
        boolean known;

        Group(String key) {
            this.key = key;
        }

        void add(Mention m) {
            count++;
            surfaces.add(m.surface());
            first = Math.min(first, Math.abs(m.start()));
            if (m.type() != null) {
                types.merge(m.type(), 1, Integer::sum);
            }
        }

        String type() {
            String best = null;
            int n = 0;
            for (Map.Entry<String, Integer> e : types.entrySet()) {
                if (e.getValue() > n || e.getValue() == n && "person".equals(e.getKey())) {
                    best = e.getKey();
                    n = e.getValue();
                }
            }
            return best;
        }
    }

    private List<Analysis.Entity> group(List<Mention> mentions) {
        Map<String, Group> groups = new LinkedHashMap<>();
        // 1. Known names and multi-word names first: they define the groups.
        List<Mention> singles = new ArrayList<>();
        Set<String> personSurnames = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.canonical() == null && !m.single() && "person".equals(m.type())) {
                String[] parts = m.surface().split("\\s+");
                personSurnames.add(parts[parts.length - 1]);
            }
        }
        for (Mention m : mentions) {
            if (m.canonical() != null && "place".equals(m.type()) && m.surface().indexOf(' ') < 0
                    && personSurnames.contains(m.surface())) {
                // "Rep. Jim Jordan … Jordan said": the surname of a person named in the article, not the country.
                singles.add(new Mention(m.surface(), null, null, m.start(), false, true));
                continue;
            }
            if (m.canonical() != null) {
                Group g = groups.computeIfAbsent("k:" + m.canonical(), Group::new);
                g.name = m.canonical();
                g.known = true;
                g.add(m);
            } else if (!m.single()) {
                Group g = groups.computeIfAbsent("n:" + m.surface(), Group::new);
                g.name = g.name == null ? m.surface() : g.name;
                g.add(m);
            } else {
                singles.add(m);
            }
        }
        // 2. Shorter multi-word organisation names inside longer ones ("State Department").
        List<Group> multi = new ArrayList<>(groups.values());
        for (Group g : multi) {
            if (g.known || !"organization".equals(g.type())) {
                continue;
            }
            for (Group h : multi) {
                if (h != g && h.name.length() > g.name.length() && h.name.endsWith(" " + g.name)
                        && groups.containsKey(g.key) && groups.containsKey(h.key)) {
                    h.count += g.count;
                    h.surfaces.addAll(g.surfaces);
                    h.first = Math.min(h.first, g.first);
                    groups.remove(g.key);
                    break;
                }
            }
        }
        // 3. Single words: a surname or first word of a longer name mentioned in the article
        //    (nearest before, else the first after), else a name seen elsewhere mid-sentence.
        Map<String, List<Group>> byWord = new HashMap<>();
        for (Group g : groups.values()) {
            if (g.known) {
                continue;
            }
            String[] parts = g.name.split("[\\s-]+");
            if (parts.length >= 2) {
                byWord.computeIfAbsent(parts[parts.length - 1], k -> new ArrayList<>()).add(g);
                if ("person".equals(g.type())) {
                    continue;
                }
                byWord.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(g);
            }
        }
        for (Mention m : singles) {
            List<Group> cands = byWord.get(m.surface());
            if (cands != null && !cands.isEmpty()) {
                Group best = null;
                for (Group g : cands) {
                    if (best == null || g.first <= Math.abs(m.start()) && (best.first > Math.abs(m.start()) || g.first > best.first)) {
                        best = g;
                    }
                }
                best.count++;
                best.surfaces.add(m.surface());
                continue;
            }
            if (m.type() == null) {
                continue; // a single unknown capitalised word with no cue: too often a common word
            }
            Group g = groups.computeIfAbsent("s:" + m.surface(), Group::new);
            g.name = m.surface();
            g.add(m);
        }
        List<Group> all = new ArrayList<>(groups.values());
        all.removeIf(g -> g.type() == null);
        all.sort((x, y) -> x.count != y.count ? Integer.compare(y.count, x.count) : Integer.compare(x.first, y.first));
        List<Analysis.Entity> out = new ArrayList<>(all.size());
        for (Group g : all) {
            List<String> aliases = new ArrayList<>();
            for (String s : g.surfaces) {
                if (!s.equals(g.name)) {
                    aliases.add(s);
                }
            }
            out.add(new Analysis.Entity(g.name, g.type(), aliases, g.count));
        }
        return out;
    }
}
