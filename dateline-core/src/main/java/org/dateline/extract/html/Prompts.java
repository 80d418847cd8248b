package org.dateline.extract.html;

import org.dateline.extract.Alternatives;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short paragraphs in which the site speaks to its reader about itself instead of telling the
 * story: newsletter, app, push and messenger-channel prompts, subscription and login walls,
 * consent notices of embedded content, donation appeals, comment rules, "get in touch" lines.
 * They sit inside the article markup (a CMS appends them to the body), so region names do not
 * catch them; their wording does. A paragraph is a prompt when it names one of the site's
 * services and addresses the reader, or names two services. The vocabularies are common wordings
 * in the languages of the dev sets (English, German, French, Spanish, Italian, Portuguese, Dutch,
 * Scandinavian); a long paragraph is never a prompt (an article about newsletters stays).
 */
final class Prompts {

    private Prompts() {
    }

    /** Longer paragraphs are article text whatever they mention. */
    static final int MAX_WEIGHT = 400;

    /** From this length a prompt addresses its reader. */
    static final int TALKS = 200;

    /** Shorter paragraphs are never prompts. */
    static final int MIN_WEIGHT = 12;

    /**
     * Actions the site asks of its reader (lower case word beginnings): each was seen in prompts
     * of the dev sets and rarely in article paragraphs there.
     */
    private static final String ACTION_WORDS = ""
            + "newsletter|abonn|subscribe|subscriber|suscr[ií]b|iscriviti|assine|create an account"
            + "|einloggen|inscrivez|regístrate|inicia sesión|follow us|follow [\\p{L}.]+ on|folgen sie uns"
            + "|folgst du|folge uns|síguenos|suivez-nous|seguici|volg ons"
            + "|siguenos|únete|hazte (?:miembro|socio)|síguenos en|seguinos"
            + "|externen? inhalt|externer inhalt|drittplattform|third.party content"
            + "|einverstanden|merkliste|donate(?![\\p{L}])|faire un don|haga una donación|mitglied werden|werden sie mitglied"
            + "|unterstützen sie|support us|support our|get in touch|contact us|email us|emailing us|submit your"
            + "|schreiben sie uns|kontaktieren sie uns|your inbox|ihr postfach|ihrem postfach|abmelden|unsubscribe"
            + "|désinscri|téléchargez|add us|join us|join our|got a story|have a story|senden sie uns|send us|tell us"
            + "|vous connecter|se connecter|connectez-vous"
            + "|lesen sie (?:hier|auch|jederzeit|alle|mehr)|finden sie (?:hier|auch|jederzeit|alle|mehr)|in unserem (?:liveblog|newsblog|ticker)|in our live ?blog";
    private static final Pattern ACTION = Pattern.compile(Alternatives.grouped(ACTION_WORDS));
    private static final String ACTION_FIRST = Alternatives.firstCharacters(ACTION_WORDS);
    private static final String[] ACTION_SECOND = Alternatives.secondCharacters(ACTION_WORDS);
    /** Japanese, Korean and Chinese write without spaces: their words match anywhere. */
    private static final Pattern ACTION_CJK = Pattern.compile(Alternatives.grouped(
            "会員限定|会員登録|有料会員|有料記事|読み放題|ログイン|購読|メールマガジン|구독|로그인|회원가입|유료회원"
            + "|订阅|訂閱|登录|登入|注册|註冊"));

    /** Services the site offers that articles also talk about: a prompt only with an action or more of them. */
    private static final String SERVICE_WORDS = ""
            + "bookmarks?|lesezeichen|cookies?|ad ?blockers?|werbeblocker|sign up|signing up|log in|registrier\\p{L}*|playlists?|donation|download|app|apps|push|whatsapp|telegram|google news|channel|kanal|browser|notifications?|benachrichtigung"
            + "|mitteilungen|kommentare|comments|commentaires|comentarios|datenschutz|privacy|consent|spende|subscription"
            + "|abo|feedback|liveblog";
    private static final Pattern SERVICE = Pattern.compile(Alternatives.grouped(SERVICE_WORDS) + "(?![\\p{L}])");
    private static final String SERVICE_FIRST = Alternatives.firstCharacters(SERVICE_WORDS);
    private static final String[] SERVICE_SECOND = Alternatives.secondCharacters(SERVICE_WORDS);
    private static final Pattern SERVICE_CJK = Pattern.compile(Alternatives.grouped("会員|登録|アプリ|회원|앱|会员|应用"));

    /** The reader addressed ("you", "Sie" in mid-sentence, "du", "vous", ...). */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i:(?<![\\p{L}])(?:you|your|yours|dich|dir|dein|deine|deinen|deinem|deiner|euch|euer|eure|vous|votre|vos"
            + "|usted|ustedes|você|vocês|voi|vostro|vostra|jij|jouw|uw)(?![\\p{L}]))"
            + "|(?<=[\\p{Ll},;:–-] )(?:Sie|Ihnen|Ihre|Ihren|Ihrem|Ihrer|Ihr|Du|Dich|Dir|Dein)(?![\\p{L}])"
            + "|^(?:Ihnen|Du|Erhalten Sie|Lesen Sie|Folgen Sie|Abonnieren Sie|Melden Sie|Speichern Sie|Bitte)(?![\\p{L}])"
            + "|(?<![\\p{L}])(?:please|bitte|s'il vous plaît|por favor)(?![\\p{L}])");

    /**
     * Distinct words of the patterns in the text (a word said twice is one service), up to 3:
     * {@code words} matched where a word begins, {@code cjk} anywhere. The same matches, in the same
     * order, as one {@code find()} loop over {@code (?<![\p{L}\p{N}])words|cjk}, at a fraction of
     * its cost: the regular expression runs only at word beginnings (measured: this test ran on
     * every short block of a page and took 8% of extraction time), and only at those that begin
     * with one of {@code first}, the first characters of {@code words} (the matcher's set-up for a
     * position is dearer than the test: 3.5% of extraction before this check), and of those only
     * where the next character is one of {@code second} for it ({@link Alternatives#secondCharacters}).
     */
    static int count(Pattern words, String first, String[] second, Pattern cjk, String s) {
        Matcher w = words.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher c = hasCjk(s) ? cjk.matcher(s).useTransparentBounds(true).useAnchoringBounds(false) : null;
        String firstFound = null;
        int n = 0;
        int len = s.length();
        int i = 0;
        while (n < 3 && i < len) {
            Matcher hit = null;
            int k;
            if ((i == 0 || !isLetterOrNumber(s.charAt(i - 1))) && (k = first.indexOf(s.charAt(i))) >= 0
                    && (second[k] == null || i + 1 < len && second[k].indexOf(s.charAt(i + 1)) >= 0)
                    && w.region(i, len).lookingAt()) {
                hit = w;
            } else if (c != null && c.region(i, len).lookingAt()) {
                hit = c;
            }
            if (hit == null || hit.end() == i) {
                i++;
                continue;
            }
            String found = hit.group();
            if (firstFound == null) {
                firstFound = found;
                n++;
            } else if (!found.equals(firstFound)) {
                n++;
            }
            i = hit.end();
        }
        return n;
    }

    /** {@code [\p{L}\p{N}]} of {@link Pattern}. */
    private static boolean isLetterOrNumber(char ch) {
        if (ch < 128) {
            return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9';
        }
        switch (Character.getType(ch)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    private static boolean hasCjk(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x3000) {
                return true;
            }
        }
        return false;
    }

    /** Whether a short paragraph is the site addressing its reader about its services. */
    static boolean isPrompt(String text, int weight) {
        return weight <= MAX_WEIGHT && weight >= MIN_WEIGHT && isPrompt(text, text.toLowerCase(Locale.ROOT), weight);
    }

    /** {@link #isPrompt(String, int)} with the text lower-cased ({@link Locale#ROOT}) by the caller. */
    static boolean isPrompt(String text, String lower, int weight) {
        if (weight > MAX_WEIGHT || weight < MIN_WEIGHT) {
            return false;
        }
        int actions = count(ACTION, ACTION_FIRST, ACTION_SECOND, ACTION_CJK, lower);
        int services = count(SERVICE, SERVICE_FIRST, SERVICE_SECOND, SERVICE_CJK, lower);
        if (actions == 0 && services < 2) {
            return false;
        }
        boolean address = ADDRESS.matcher(text).find();
        if (weight >= TALKS && !address) {
            // a paragraph of this length that does not address the reader reports on a service
            // ("... will be available to premium subscribers only")
            return false;
        }
        // an action with a second one or a service named; three services; or the reader addressed
        return actions >= 2 || actions == 1 && services >= 1 || services >= 3 || address;
    }
}
