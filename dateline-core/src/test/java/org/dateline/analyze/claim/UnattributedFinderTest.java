package org.dateline.analyze.claim;

import org.dateline.analyze.Analysis;
import org.dateline.analyze.lex.Lexed;
import org.dateline.analyze.text.Text;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UnattributedFinderTest {

    static List<String> find(String lang, String text, List<Analysis.Quote> quotes) {
        return UnattributedFinder.forLanguage(lang).find(Lexed.of(Text.of(text, lang)), quotes);
    }

    @Test
    void vagueSourcesInEnglish() {
        String text = "It was reported that around 400 Yazidi children were abducted in January. "
                + "Earlier reports surfaced that eight Dutch jihadists were executed. "
                + "The rebels reportedly seized the town overnight. "
                + "Sources say the deal is close to being signed. "
                + "The minister is believed to have resigned last night. "
                + "The Russian Defense Ministry reported that 9000 sorties were flown. "
                + "The town lies on the river and has a bridge.";
        assertThat(find("en", text, List.of())).containsExactly(
                "It was reported that around 400 Yazidi children were abducted in January.",
                "Earlier reports surfaced that eight Dutch jihadists were executed.",
                "The rebels reportedly seized the town overnight.",
                "Sources say the deal is close to being signed.",
                "The minister is believed to have resigned last night.");
    }

    @Test
    void aNamedSourceOrASpeakersQuotationIsNotUnattributed() {
        String text = "According to the UN, the rebels reportedly seized the town overnight.";
        assertThat(find("en", text, List.of())).isEmpty();
        String quoted = "“The rebels reportedly seized the town overnight,” Smith said.";
        Analysis.Quote q = new Analysis.Quote("The rebels reportedly seized the town overnight", "direct",
                new Analysis.Speaker("Smith", "John Smith", null, null, "person"), "said", 1, 48);
        assertThat(find("en", quoted, List.of(q))).isEmpty();
    }

    @Test
    void reportedSpeechWithAVagueOrNoSpeakerIsStillUnattributed() {
        String text = "It was reported that around 400 Yazidi children were abducted in January.";
        int start = text.indexOf("around");
        Analysis.Quote vague = new Analysis.Quote(text.substring(start, text.length() - 1), "indirect",
                new Analysis.Speaker("It", null, null, null, "unknown"), "reported", start, text.length() - 1);
        Analysis.Quote none = new Analysis.Quote(vague.text(), "indirect", null, "reported", start, text.length() - 1);
        assertThat(find("en", text, List.of(vague))).containsExactly(text);
        assertThat(find("en", text, List.of(none))).containsExactly(text);
    }

    @Test
    void vagueSourcesInGerman() {
        String text = "Berichten zufolge wurden mehrere Dörfer zerstört. "
                + "Der Minister soll von den Plänen gewusst haben. "
                + "Die Verhandlungen seien gescheitert, hieß es aus Brüssel. "
                + "Das Ministerium teilte mit, die Lage sei ruhig.";
        assertThat(find("de", text, List.of())).containsExactly(
                "Berichten zufolge wurden mehrere Dörfer zerstört.",
                "Der Minister soll von den Plänen gewusst haben.",
                "Die Verhandlungen seien gescheitert, hieß es aus Brüssel.");
    }
}
