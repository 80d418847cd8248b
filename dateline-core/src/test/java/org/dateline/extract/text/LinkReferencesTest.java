package org.dateline.extract.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** lynx's inline link numbers and its list of addresses taken out of a dump. */
class LinkReferencesTest {

    private static String resource(String path) throws IOException {
        try (InputStream in = LinkReferencesTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aLynxDumpLosesItsLinkNumbersAndItsReferences() throws IOException {
        String dump = resource("/text-dumps/uk_TheIndependent_2024_11_22.lynx.txt");
        assertThat(dump).contains("References").containsPattern("\\[\\d+\\]");

        String text = LinkReferences.stripMarkers(LinkReferences.stripReferences(dump));

        assertThat(text).doesNotContainPattern("\\[\\d+\\]").doesNotContainPattern("(?m)^\\s*\\d+\\. https?://");
        assertThat(text).contains("Australian teenager Holly Bowles has become the sixth person to die");
    }

    @Test
    void aFootnoteOrTwoAreTheAuthorsAndStay() {
        String text = "The study[1] found a rise of 4%.[2]\nReferences\n1. https://example.org/study\n";
        assertThat(LinkReferences.stripMarkers(LinkReferences.stripReferences(text))).isEqualTo(text);
    }

    /** A list of 100,000 addresses: cut in linear time, without a regular expression as deep as the list. */
    @Test
    void aVeryLongListOfAddressesIsCut() {
        StringBuilder dump = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            dump.append("[").append(i).append("]Section ").append(i).append('\n');
        }
        dump.append("References\n\n");
        for (int i = 1; i <= 100_000; i++) {
            dump.append(String.format("%6d. https://example.org/page/%d.html%n", i, i));
        }
        String text = LinkReferences.stripReferences(dump.toString());
        assertThat(text).doesNotContain("https://").contains("[10]Section 10");
    }
}
