package org.dateline.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlternativesTest {

    private static final String WORDS = "newsletter|abonn|subscribe|subscriber|suscr[ií]b|follow [\\p{L}.]+ on"
            + "|donate(?![\\p{L}])|app|apps|lesen sie (?:hier|auch)|in our live ?blog|会員登録|구독";

    private static List<String> matches(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + ":" + m.group());
        }
        return out;
    }

    @Test
    void theGroupedAlternationFindsWhatThePlainOneFinds() {
        Pattern plain = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + WORDS + ")(?![\\p{L}])");
        Pattern grouped = Pattern.compile("(?<![\\p{L}\\p{N}])" + Alternatives.grouped(WORDS) + "(?![\\p{L}])");
        for (String text : List.of(
                "subscribe to our newsletter and get the apps, or follow dateline.org on mastodon",
                "lesen sie hier mehr; donate today, donated yesterday; in our liveblog and in our live blog",
                "会員登録はこちら 구독 suscríbase a la newsletter",
                "nothing here at all, an apple a day",
                "")) {
            assertThat(matches(grouped, text)).as(text).isEqualTo(matches(plain, text));
        }
        assertThat(matches(grouped, "get the apps now")).containsExactly("8:apps");
    }

    @Test
    void theGroupedAlternationMatchesOnlyWhereAFirstCharacterStands() {
        assertThat(Alternatives.firstCharacters("abonn|app|subscribe|会員|apps")).isEqualTo("as会");
        String first = Alternatives.firstCharacters(WORDS);
        Matcher m = Pattern.compile(Alternatives.grouped(WORDS)).matcher("");
        String text = "subscribe to our newsletter and get the apps, or follow dateline.org on mastodon 会員登録";
        m.reset(text);
        int hits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (m.region(i, text.length()).lookingAt()) {
                hits++;
                assertThat(first).as("at " + i).contains(String.valueOf(text.charAt(i)));
            }
        }
        assertThat(hits).isGreaterThanOrEqualTo(4);
    }

    @Test
    void everyMatchGoesOnWithOneOfTheSecondCharactersOfItsFirst() {
        assertThat(Alternatives.secondCharacters("abonn|app|ad ?block|x|bc*|dy+|de")).containsExactly("bpd", null, null, null);
        String first = Alternatives.firstCharacters(WORDS);
        String[] second = Alternatives.secondCharacters(WORDS);
        assertThat(second[first.indexOf('s')]).isEqualTo("u");
        assertThat(second[first.indexOf('l')]).isEqualTo("e");
        Matcher m = Pattern.compile(Alternatives.grouped(WORDS)).matcher("");
        String text = "subscribe to our newsletter and get the apps, or follow dateline.org on mastodon 会員登録,"
                + " suscríbase, lesen sie hier, donate, in our live blog, sweet lemons, iapps";
        m.reset(text);
        int hits = 0;
        int refused = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            int k = first.indexOf(text.charAt(i));
            boolean passes = k >= 0 && (second[k] == null || second[k].indexOf(text.charAt(i + 1)) >= 0);
            if (m.region(i, text.length()).lookingAt()) {
                hits++;
                assertThat(passes).as("at " + i).isTrue();
            } else if (k >= 0 && !passes) {
                refused++;
            }
        }
        assertThat(hits).isGreaterThanOrEqualTo(9);
        assertThat(refused).as("positions the second character spares the matcher").isGreaterThan(10);
    }

    @Test
    void alternativesAreSplitOnlyAtTheTopLevel() {
        assertThat(Alternatives.split("a(?:b|c)|d[|]e|f\\|g|h"))
                .containsExactly("a(?:b|c)", "d[|]e", "f\\|g", "h");
    }

    @Test
    void anAlternativeThatDoesNotBeginWithALiteralIsRefused() {
        assertThatThrownBy(() -> Alternatives.grouped("abc|(?:x|y)z")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Alternatives.grouped("abc|e?xyz")).isInstanceOf(IllegalArgumentException.class);
    }
}
