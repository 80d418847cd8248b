package org.dateline.extract.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Short blocks whose words alone mark them as page chrome: share and print prompts, "read more"
 * labels, cookie, newsletter and subscription prompts, advertising labels, copyright lines, photo
 * credits, bylines and bare dates. Only short blocks are tested (a long paragraph that mentions a
 * newsletter is still a paragraph). The phrases are common wordings in the languages of the dev sets.
 */
final class BoilerText {

    private BoilerText() {
    }

    /** Labels that introduce related-story links ("READ MORE: ..."). Lower case, without punctuation. */
    static final String[] RELATED_LABELS = {"read more", "read also", "read next", "see also", "related", "more on this",
        "more from", "recommended", "you may also like", "you might also like", "also read", "also on",
        "lesen sie auch", "lesen sie mehr", "lesen sie hier", "lies auch", "mehr zum thema", "mehr dazu",
        "auch interessant", "das könnte sie auch interessieren", "das könnte dich auch interessieren",
        "weitere artikel", "weiterlesen", "zum thema", "siehe auch", "lire aussi", "à lire aussi", "a lire aussi",
        "voir aussi", "lire la suite", "leer más", "lee también", "lea también", "leia mais", "leia também",
        "leggi anche", "czytaj też", "czytaj także", "läs också", "les også", "læs også", "lees ook",
        "daha fazla", "ayrıca okuyun", "читайте также", "lea más", "le puede interesar", "te puede interesar",
        "también te puede interesar", "puede interesarte", "vea también", "ver también", "mira también", "veja também",
        "auch lesen", "schon gelesen", "zum weiterlesen", "mehr themen", "weitere beiträge", "weiterführende links", "weiterführender link",
        "weiterführende artikel", "könnte sie auch interessieren", "könnte dich auch interessieren",
        "das thema könnte dich auch interessieren", "related posts", "related articles", "related stories", "more stories",
        // Japanese, Chinese and Korean labels of related stories and keywords
        "関連記事", "関連キーワード", "関連ニュース", "おすすめ記事", "おすすめ情報", "あわせて読みたい", "相关新闻", "相关阅读",
        "相关文章", "관련기사", "관련 기사", "추천 기사"};

    /** Whole short blocks (or their beginnings) that are chrome. */
    private static final String[] PREFIXES = {"share", "teilen", "tweet", "partager", "compartir", "condividi",
        "follow us", "folgen sie uns", "like us", "cookie", "wir verwenden cookies", "we use cookies",
        "diese website verwendet", "this website uses", "this site uses", "newsletter", "subscribe",
        "abonnieren", "jetzt abonnieren", "sign up", "log in", "login", "anmelden", "registrieren", "abonnez",
        "suscríbete", "advertisement", "anzeige", "werbung", "publicité", "publicidad", "reklame", "sponsored",
        "gesponsert", "©", "(c) ", "copyright", "alle rechte vorbehalten", "all rights reserved", "leave a comment",
        "leave a reply", "kommentar schreiben", "kommentar verfassen", "kommentare", "comments", "print",
        "drucken", "permalink", "foto:", "fotos:", "photo:", "photos:", "bild:", "bilder:", "image:",
        "credit:", "quelle:", "source:", "getty images", "imago", "dpa", "reuters", "afp", "to top",
        "back to top", "nach oben", "zurück", "artikel teilen", "beitrag teilen", "mehr erfahren",
        "tags:", "schlagworte", "schlagwörter", "themen:", "kategorie", "category:", "categories:", "posted in",
        "published under", "posted under",
        "filed under", "veröffentlicht in", "erschienen in", "titelbild", "titelfoto", "abbildung", "bildnachweis",
        "bildquelle", "fotonachweis", "crédit", "crédits", "(quelle", "(foto", "(bild", "(photo", "(credit",
        "image illustrative", "illustration :", "this entry was posted", "der beitrag wurde am", "bookmark the permalink",
        "war der artikel", "war dieser artikel", "wie bewerten sie", "bewerten sie", "(noch keine bewertung",
        "rate this", "was this article helpful", "was this helpful", "loading...", "lade weitere", "load more",
        "mehr laden", "explore further", "sie sind aktuell nicht eingeloggt", "du musst eingeloggt", "sie müssen sich einloggen",
        "you must be logged in", "pour lire la suite", "weitere informationen", "more information", "further reading",
        "quellenangaben", "empfehlungen aus", "related coverage", "verwandte artikel", "ähnliche beiträge",
        "ähnliche artikel", "das könnte", "auch interessant", "you may also like", "you might also like",
        "zum newsletter", "newsletter abonnieren", "jetzt registrieren", "jetzt anmelden"};

    private static final Set<String> WHOLE = words("facebook", "twitter", "whatsapp", "pinterest", "linkedin",
        "xing", "e-mail", "email", "mail", "drucken", "print", "x", "reddit", "telegram", "flipboard", "teilen",
        "share", "menu", "menü", "suche", "search", "home", "startseite", "top", "mehr", "more", "weiter",
        "next", "previous", "zurück", "vorherige", "nächste", "anzeige", "advertisement", "werbung", "ad",
        "kommentieren", "antworten", "reply", "like", "gefällt mir", "merken", "speichern", "save", "kontakt",
        "contact", "permalien", "permalink", "über den autor", "about the author", "bild anzeigen", "bild vergrößern",
        "rezept drucken", "artikel drucken", "quellen anzeigen", "quellen ausblenden", "print recipe", "jump to recipe");

    private static final Set<String> MONTHS = words("jan", "january", "januar", "janvier", "enero", "gennaio",
        "janeiro", "feb", "february", "februar", "février", "febrero", "febbraio", "fevereiro", "mar", "march",
        "märz", "mars", "marzo", "março", "apr", "april", "avril", "abril", "aprile", "may", "mai", "mayo",
        "maggio", "maio", "jun", "june", "juni", "juin", "junio", "giugno", "junho", "jul", "july", "juli",
        "juillet", "julio", "luglio", "julho", "aug", "august", "août", "agosto", "sep", "sept", "september",
        "septembre", "septiembre", "settembre", "setembro", "oct", "october", "oktober", "octobre", "octubre",
        "ottobre", "outubro", "nov", "november", "novembre", "noviembre", "novembro", "dec", "december",
        "dezember", "décembre", "diciembre", "dicembre", "dezembro", "okt", "dez", "januari", "februari",
        "maart", "mei", "augustus", "stand", "aktualisiert", "updated", "published", "veröffentlicht", "am",
        "um", "uhr", "at", "on", "le", "el", "de", "del", "mis", "à", "jour", "publié", "pm", "am", "gmt",
        "utc", "cet", "cest", "est", "edt", "mez", "mesz", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
        "sonntag", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "mo", "di", "mi", "do", "fr", "sa", "so",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles",
        "jueves", "viernes", "sábado", "domingo", "last", "zuletzt", "geändert", "erstellt", "created",
        "min", "minuten", "minutes", "lesezeit", "read", "reading", "time", "lesedauer", "ago", "hour", "hours",
        "day", "days", "vor", "stunde", "stunden", "tag", "tagen", "minute", "duration", "dauer", "il", "y", "a",
        "heures", "jours", "hace", "horas", "días", "sec", "seconds", "sekunden", "mins", "hrs", "mis", "modifica",
        "modificato", "aggiornato", "pubblicato", "publicado", "actualizado", "actualización", "atualizado", "ore",
        "h", "uur", "bijgewerkt", "gepubliceerd", "oppdatert", "publisert", "uppdaterad", "publicerad", "kl",
        "年", "月", "日", "時", "分", "秒", "号", "년", "월", "일", "시", "분");

    private static final Set<String> BYLINE_WORDS = Set.of("by", "von", "par", "por", "di", "da", "av", "door",
        "od", "autor", "author", "autorin", "text", "texte", "written", "redaktion");

    /** Whether a short block is chrome by its wording. */
    /**
     * A template's placeholder left in the served text ("$$ARTICLEAD$$", "{{ad_slot}}",
     * "%%BANNER%%", "[[related]]"): a slot for an ad or a widget, not words.
     */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\$\\$[\\w.:-]+\\$\\$|\\{\\{[\\w.: -]+}}|%%[\\w.:-]+%%|\\[\\[[\\w.:-]+]]");

    /** {@link #PREFIXES} by their first character (a block is tried only against those of its own). */
    private static final java.util.Map<Character, String[]> PREFIXES_BY_FIRST = byFirst(PREFIXES);

    private static java.util.Map<Character, String[]> byFirst(String[] words) {
        java.util.Map<Character, java.util.List<String>> m = new java.util.HashMap<>();
        for (String w : words) {
            m.computeIfAbsent(w.charAt(0), k -> new java.util.ArrayList<>()).add(w);
        }
        java.util.Map<Character, String[]> out = new java.util.HashMap<>();
        m.forEach((k, v) -> out.put(k, v.toArray(new String[0])));
        return java.util.Map.copyOf(out);
    }

    static boolean isChrome(String text, int weight) {
        return weight <= 160 && isChrome(text, text.toLowerCase(Locale.ROOT), weight);
    }

    /** {@link #isChrome(String, int)} with the text lower-cased ({@link Locale#ROOT}) by the caller. */
    static boolean isChrome(String text, String lower, int weight) {
        if (weight > 160) {
            return false;
        }
        String t = lower.strip();
        if (WHOLE.contains(stripPunct(t)) || PLACEHOLDER.matcher(t).matches()) {
            return true;
        }
        if (weight > 100) {
            return false;
        }
        String[] prefixes = t.isEmpty() ? null : PREFIXES_BY_FIRST.get(t.charAt(0));
        if (prefixes == null) {
            return false;
        }
        for (String p : prefixes) {
            if (t.startsWith(p) && (t.length() == p.length() || !Character.isLetter(t.charAt(p.length()))
                    || !Character.isLetter(p.charAt(p.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A server's or a script's error text printed into the page: a PHP message ("Warning: … in
     * /path/file.php on line 12", "Strict Standards:", "Deprecated:", "Notice:", "Fatal error:"), a
     * database error, or a stack trace (Java "at a.b.C(C.java:12)", Python "Traceback (most recent
     * call last)", PHP "#0 /path(12): …"). Never article text, whatever its length.
     */
    private static final Pattern SERVER_ERROR = Pattern.compile("(?si)(?:php )?(?:warning|notice|deprecated|strict standards"
            + "|fatal error|parse error|catchable fatal error|recoverable fatal error|user warning|user notice|user deprecated)"
            + "\\s*:.{0,1000}?\\sin\\s+\\S+\\s+on line\\s+\\d+.*"
            + "|traceback \\(most recent call last\\):.*"
            + "|(?:exception in thread \\S+ )?(?:[a-z_$][\\w$]*\\.)+[a-z_$][\\w$]*(?:exception|error)\\b.{0,300}?\\sat\\s+(?:[\\w$]+\\.)+[\\w$<>]+\\(.*"
            + "|\\s*at\\s+(?:[\\w$]+\\.)+[\\w$<>]+\\([\\w$]+\\.java:\\d+\\).*"
            + "|#\\d+\\s+(?:/|[a-z]:\\\\)\\S+\\(\\d+\\):.*"
            + "|(?:you have an error in your sql syntax|mysql_(?:fetch|connect|query|num_rows)\\w*\\(\\)).*");

    static boolean isServerError(String text) {
        String t = text.strip();
        if (t.length() < 12) {
            return false;
        }
        return SERVER_ERROR.matcher(t).matches();
    }

    /**
     * The label of a video or audio teaser ("WATCH | ...", "VIDEO: ...", "Listen:"): the title of
     * a player box, not the article's words.
     */
    private static final Pattern MEDIA_LABEL = Pattern.compile("(?iu)^(?:watch|watch now|video|videos|listen|audio"
            + "|podcast|im video|zum video|vídeo|vidéo)\\s*(?:[|:▶►]|$)|^[▶►]");

    static boolean isMediaLabel(String text, int weight) {
        // every alternative begins with ^: tried at the start only
        return weight <= 160 && MEDIA_LABEL.matcher(text.strip()).lookingAt();
    }

    /** Affiliate disclosures: links in the article earn the site a commission. */
    private static final Pattern AFFILIATE = Pattern.compile("(?iu)affiliate|provision|commission|comisión|compensation");
    private static final Pattern LINKS = Pattern.compile("(?iu)\\blinks?\\b|enlaces|liens");

    static boolean isAffiliateNote(String text, int weight) {
        return weight <= 400 && isAffiliateNote(text, text.toLowerCase(Locale.ROOT), weight);
    }

    /** {@link #isAffiliateNote(String, int)} with the text lower-cased ({@link Locale#ROOT}) by the caller. */
    static boolean isAffiliateNote(String text, String t, int weight) {
        if (weight > 400) {
            return false;
        }
        // plain substring tests first: a regular expression tried at every position of every
        // paragraph cost 2% of extraction; these words are rare
        if (!(t.contains("affiliate") || t.contains("provision") || t.contains("commission") || t.contains("comisión")
                || t.contains("compensation"))) {
            return false;
        }
        return AFFILIATE.matcher(text).find() && LINKS.matcher(text).find();
    }

    /** A label that introduces related links, alone or followed by a colon and the link. */
    static boolean isRelatedLabel(String text) {
        return text.length() <= 60 && isRelatedLabel(text, text.toLowerCase(Locale.ROOT));
    }

    /** {@link #isRelatedLabel(String)} with the text lower-cased ({@link Locale#ROOT}) by the caller. */
    static boolean isRelatedLabel(String text, String lower) {
        if (text.length() > 60) {
            return false;
        }
        String t = stripPunct(lower.strip());
        for (String p : RELATED_LABELS) {
            if (t.equals(p)) {
                return true;
            }
        }
        // "Mehr zum Thema Gesundheit:", "Weitere Beiträge aus der Kolumne", "Related Recipes": a
        // label and its topic, a few words without a sentence
        if (t.length() > 40 || t.indexOf('.') >= 0 || t.indexOf(',') >= 0 || t.indexOf('?') >= 0) {
            return false;
        }
        for (String p : RELATED_LABELS) {
            if (p.length() >= 7 && t.startsWith(p) && t.charAt(p.length()) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** The length of a related label at the start of a block ("READ MORE: "), or -1. */
    static int relatedPrefix(String text) {
        return relatedPrefix(text, text.toLowerCase(Locale.ROOT));
    }

    /** {@link #relatedPrefix(String)} with the text lower-cased ({@link Locale#ROOT}) by the caller. */
    static int relatedPrefix(String text, String t) {
        for (String p : RELATED_LABELS) {
            if (t.startsWith(p)) {
                int i = p.length();
                while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\u00a0')) {
                    i++;
                }
                if (i < t.length() && (t.charAt(i) == ':' || t.charAt(i) == '|' || t.charAt(i) == '»'
                        || t.charAt(i) == '>' || t.charAt(i) == '–' || t.charAt(i) == '-')) {
                    i++;
                    while (i < t.length() && t.charAt(i) == ' ') {
                        i++;
                    }
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * A promo line: a short label, a colon or bar, and then a link only ("MORE: <a>headline</a>",
     * "LE PUEDE INTERESAR: <a>...</a>", "FUNDA OLUNYE UDABA LAPHA | <a>...</a>"). The shape says it
     * whatever the language: the text outside the link is the label of at most four words and the
     * separator. A sentence that merely ends in a linked phrase has more words outside the link.
     */
    static boolean isLabelledLink(String text, int weight, int linkWeight) {
        if (weight > 250 || linkWeight < 15) {
            return false;
        }
        int n = Math.min(text.length(), 45);
        int sep = -1;
        for (int i = 1; i < n; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '|') {
                sep = i;
                break;
            }
        }
        if (sep < 0) {
            return false;
        }
        String label = text.substring(0, sep).strip();
        if (label.isEmpty() || label.split("\\s+").length > 4) {
            return false;
        }
        for (int i = 0; i < label.length(); i++) {
            if (Character.isDigit(label.charAt(i))) {
                // "14:30", "Vol. 3: ..." are times and numbering, not labels
                return false;
            }
        }
        int labelWeight = 0;
        for (int i = 0; i < sep; i++) {
            if (!Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\u00a0') {
                labelWeight += PageIndex.weight(text.charAt(i));
            }
        }
        String rest = text.substring(sep + 1).strip().toLowerCase(Locale.ROOT);
        if (rest.startsWith("http") || rest.startsWith("www.")) {
            // "Petition: www.example.org": a source cited, not a story promoted
            return false;
        }
        // the label and its separator (and a closing quote or dot) are all the unlinked text
        return weight - linkWeight <= labelWeight + 3;
    }

    /** A line that is only a date or time, possibly with "Updated", "am", weekday and zone words. */
    static boolean isDateLine(String text, int weight) {
        if (weight > 70) {
            return false;
        }
        boolean digit = false;
        int words = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int s = i;
            // a word ends at a non-letter, and where digits meet letters or a capital follows a small
            // letter: templates glue the parts of a date line ("18:50 UhrLesedauer: 4 Min.")
            while (i < n && Character.isLetterOrDigit(text.charAt(i)) && (i == s
                    || Character.isDigit(text.charAt(i)) == Character.isDigit(text.charAt(i - 1))
                    && !(Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))))) {
                i++;
            }
            if (s == i) {
                break;
            }
            words++;
            String w = text.substring(s, i).toLowerCase(Locale.ROOT);
            if (Character.isDigit(w.charAt(0))) {
                digit = true;
                continue;
            }
            if (!MONTHS.contains(w)) {
                return false;
            }
        }
        return digit && words <= 20;
    }

    /** Picture agencies whose name at the end of a short block marks it as a caption's credit. */
    private static final String[] AGENCIES = {"getty images", "afp", "dpa", "reuters", "istock", "shutterstock",
        "picture alliance", "picture-alliance", "imago", "ap photo", "keystone", "epa", "adobe stock", "unsplash",
        "pixabay", "pixelio", "colourbox", "fotolia", "xinhua", "anp", "ritzau", "ntb", "tt nyhetsbyrån"};

    /** A short block ending in a picture credit: "... (mlharing / iStock.com)", "... Foto: dpa". */
    static boolean isCaption(String text, int weight) {
        return weight <= 300 && isCaption(text, text.toLowerCase(Locale.ROOT), weight);
    }

    /** {@link #isCaption(String, int)} with the text lower-cased ({@link Locale#ROOT}) by the caller. */
    static boolean isCaption(String text, String t, int weight) {
        if (weight > 300) {
            return false;
        }
        int n = t.length();
        String tail = t.substring(Math.max(0, n - 45));
        for (String a : AGENCIES) {
            int i = tail.lastIndexOf(a);
            if (i < 0) {
                continue;
            }
            int before = Math.max(0, i - 25);
            String lead = tail.substring(before, i);
            if (lead.contains("/") || lead.contains("(") || lead.contains("foto") || lead.contains("photo")
                    || lead.contains("bild") || lead.contains("©") || lead.contains("credit") || lead.contains("image")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A credit label near the end of a short block: "... Bild: Andreas Seidel/Archiv",
     * "... Bildrechte: MDR/David Straub", "... (Image: Getty)". What follows the label is a few
     * words without a sentence end: a name, an agency, a source.
     */
    private static final Pattern CREDIT_TAIL = Pattern.compile("(?iu)(?:^|[\\s(|/·•–-])(?:bildrechte|bildquelle"
            + "|bild|bilder|foto|fotos|photo|photos|image|images|picture|pictures|credit|credits|crédit|crédits"
            + "|fotografía|archivbild|symbolbild)\\s*:\\s*[^:.!?]{1,60}\\)?\\s*$"
            + "|\\s©\\s*[^.!?©]{1,50}$|\\((?:archivbild|archivfoto|symbolbild|archive|file photo|file)\\)\\s*$");

    /** Characters at the end of a block in which {@link #CREDIT_TAIL} is looked for. */
    private static final int CREDIT_WINDOW = 160;

    /** Caption wording for who stands where in a picture. */
    private static final Pattern PICTURED = Pattern.compile("(?iu)^\\(?pictured\\b|\\b(?:from left|second (?:left|right)"
            + "|left to right|von links|v\\. ?l\\. ?n\\. ?r\\.|de gauche à droite|de izquierda a derecha)\\b");

    /** A short block that reads as a picture caption by its wording (a credit tail, who stands where). */
    static boolean isCaptionWording(String text, int weight) {
        return weight <= 300 && isCaptionWording(text, text.toLowerCase(Locale.ROOT), weight);
    }

    /** {@link #isCaptionWording(String, int)} with the text lower-cased ({@link Locale#ROOT}) by the caller. */
    static boolean isCaptionWording(String text, String t, int weight) {
        if (weight > 300) {
            return false;
        }
        // The credit sits at the end: matched in the last characters only (the longest credit is
        // far shorter than this window), the text before them seen by the look-behind. Every
        // wording of CREDIT_TAIL holds a ':', a '©' or a ')' in that window: without one of them
        // the case-insensitive search, tried at every position, is skipped.
        int from = Math.max(0, text.length() - CREDIT_WINDOW);
        if (hasAny(text, from, ":©)")) {
            java.util.regex.Matcher tail = CREDIT_TAIL.matcher(text);
            tail.region(from, text.length());
            tail.useTransparentBounds(true).useAnchoringBounds(false);
            if (tail.find()) {
                return true;
            }
        }
        // every wording of PICTURED holds one of these words
        return (t.contains("pictured") || t.contains("left") || t.contains("second") || t.contains("links")
                || t.contains("v.") || t.contains("gauche") || t.contains("izquierda")) && PICTURED.matcher(text).find();
    }

    /**
     * News-agency and staff credit lines at the end of a story: "Reporting by ...; Editing by ...",
     * "Associated Press writer ... contributed to this report", "Mit Material von dpa".
     */
    private static final Pattern CREDIT_LINE = Pattern.compile("(?iu)^\\(?(?:additional )?(?:reporting|writing|editing"
            + "|compiled|translated|research|produced) by\\b|^with (?:additional )?(?:reporting|files) (?:by|from)\\b"
            + "|contributed (?:reporting )?to this (?:report|story|article)|^\\W*mit (?:material|informationen|agenturmaterial"
            + "|agenturen)\\b|^\\W*(?:avec|con) (?:afp|ap|reuters|efe|ansa|agences|agencias)\\b"
            // translation and production notes
            + "|^(?:übersetzung|redaktion|schlussredaktion|translation|translated by)\\s*:|^aus dem \\p{L}+ (?:übersetzt )?von\\b"
            + "|^(?:this (?:article|story|piece) (?:was|is) (?:translated|originally published|first published)"
            + "|dieser (?:artikel|beitrag|text) (?:ist eine übersetzung|(?:ist|wurde) (?:zuerst|ursprünglich|übersetzt|automatisch))"
            + "|dies ist eine (?:maschinelle |automatische )?übersetzung)"
            + "|^(?:lest|lesen sie|read|lisez|lea) (?:den|the|l'|el) ?(?:originalartikel|original (?:article|story|artikel)"
            + "|article original|artículo original)");

    static boolean isCreditLine(String text, int weight) {
        return weight <= 300 && isCreditLine(text, text.toLowerCase(Locale.ROOT), weight);
    }

    /** {@link #isCreditLine(String, int)} with the text lower-cased ({@link Locale#ROOT}) by the caller. */
    static boolean isCreditLine(String text, String lower, int weight) {
        if (weight > 300) {
            return false;
        }
        // every wording but one is anchored at the start: tried there only
        java.util.regex.Matcher m = CREDIT_LINE.matcher(text);
        return m.lookingAt() || lower.contains("contributed") && m.find(0);
    }

    private static boolean hasAny(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "By Jane Doe", "Von Max Muster", "Text: ..." of a few capitalised words. */
    static boolean isByline(String text, int weight) {
        if (weight > 80) {
            return false;
        }
        String t = text.strip();
        int sp = 0;
        while (sp < t.length() && Character.isLetter(t.charAt(sp))) {
            sp++;
        }
        if (sp == 0 || sp >= t.length()) {
            return false;
        }
        String first = t.substring(0, sp).toLowerCase(Locale.ROOT);
        if (!BYLINE_WORDS.contains(first)) {
            return false;
        }
        String rest = t.substring(sp).replaceFirst("^[\\s:]+", "");
        if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) {
            return false;
        }
        return !rest.contains(". ") && rest.split("\\s+").length <= 10;
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    private static String stripPunct(String t) {
        int s = 0;
        int e = t.length();
        while (s < e && !Character.isLetterOrDigit(t.charAt(s)) && t.charAt(s) != '©') {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(t.charAt(e - 1))) {
            e--;
        }
        return t.substring(s, e);
    }
}
