package org.dateline.extract.html;

import org.dateline.extract.Alternatives;

import java.util.Locale;
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

    /**
     * Actions the site asks of its reader (lower case word beginnings): each was seen in prompts
     * of the dev sets and rarely in article paragraphs there.
     */
    private static final Pattern ACTION = Pattern.compile("(?<![\\p{L}\\p{N}])" + Alternatives.grouped(""
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
            + "|lesen sie (?:hier|auch|jederzeit|alle|mehr)|finden sie (?:hier|auch|jederzeit|alle|mehr)|in unserem (?:liveblog|newsblog|ticker)|in our live ?blog"
            // Japanese, Korean and Chinese write without spaces: their words match anywhere
            ) + "|" + Alternatives.grouped("会員限定|会員登録|有料会員|有料記事|読み放題|ログイン|購読|メールマガジン|구독|로그인|회원가입|유료회원"
            + "|订阅|訂閱|登录|登入|注册|註冊"));

    /** Services the site offers that articles also talk about: a prompt only with an action or more of them. */
    private static final Pattern SERVICE = Pattern.compile("(?<![\\p{L}\\p{N}])" + Alternatives.grouped(""
            + "bookmarks?|lesezeichen|cookies?|ad ?blockers?|werbeblocker|sign up|signing up|log in|registrier\\p{L}*|playlists?|donation|download|app|apps|push|whatsapp|telegram|google news|channel|kanal|browser|notifications?|benachrichtigung"
            + "|mitteilungen|kommentare|comments|commentaires|comentarios|datenschutz|privacy|consent|spende|subscription"
            + "|abo|feedback|liveblog"
            ) + "(?![\\p{L}])|" + Alternatives.grouped("会員|登録|アプリ|회원|앱|会员|应用"));

    /** The reader addressed ("you", "Sie" in mid-sentence, "du", "vous", ...). */
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i:(?<![\\p{L}])(?:you|your|yours|dich|dir|dein|deine|deinen|deinem|deiner|euch|euer|eure|vous|votre|vos"
            + "|usted|ustedes|você|vocês|voi|vostro|vostra|jij|jouw|uw)(?![\\p{L}]))"
            + "|(?<=[\\p{Ll},;:–-] )(?:Sie|Ihnen|Ihre|Ihren|Ihrem|Ihrer|Ihr|Du|Dich|Dir|Dein)(?![\\p{L}])"
            + "|^(?:Ihnen|Du|Erhalten Sie|Lesen Sie|Folgen Sie|Abonnieren Sie|Melden Sie|Speichern Sie|Bitte)(?![\\p{L}])"
            + "|(?<![\\p{L}])(?:please|bitte|s'il vous plaît|por favor)(?![\\p{L}])");

    /** Distinct words of the pattern in the text (a word said twice is one service), up to 3. */
    private static int count(Pattern p, String s) {
        java.util.regex.Matcher m = p.matcher(s);
        String first = null;
        int n = 0;
        while (n < 3 && m.find()) {
            String w = m.group();
            if (first == null) {
                first = w;
                n++;
            } else if (!w.equals(first)) {
                n++;
            }
        }
        return n;
    }

    /** Whether a short paragraph is the site addressing its reader about its services. */
    static boolean isPrompt(String text, int weight) {
        if (weight > MAX_WEIGHT || weight < 12) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        int actions = count(ACTION, lower);
        int services = count(SERVICE, lower);
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
