package org.dateline.page;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SnifferTest {

    private static Sniffer.Kind sniff(String s) {
        return Sniffer.sniff(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void recognisesKinds() {
        assertThat(sniff("<!DOCTYPE html><html><body>x</body></html>")).isEqualTo(Sniffer.Kind.HTML);
        assertThat(sniff("\n  <html lang=en>")).isEqualTo(Sniffer.Kind.HTML);
        assertThat(sniff("WARC/1.1\r\nWARC-Type: warcinfo\r\n")).isEqualTo(Sniffer.Kind.WARC);
        assertThat(sniff("17 Mar, 2016 20:47\n\nA headline\n\nBody text.")).isEqualTo(Sniffer.Kind.TEXT);
        assertThat(sniff("   \n\t ")).isEqualTo(Sniffer.Kind.EMPTY);
        assertThat(Sniffer.sniff(new byte[0])).isEqualTo(Sniffer.Kind.EMPTY);
    }

    @Test
    void randomBytesAreBinary() {
        byte[] b = new byte[4096];
        new Random(42).nextBytes(b);
        assertThat(Sniffer.sniff(b)).isEqualTo(Sniffer.Kind.BINARY);
    }

    @Test
    void utf8CjkTextIsNotBinary() {
        assertThat(sniff("中华人民共和国国务院新闻办公室今天举行新闻发布会。")).isEqualTo(Sniffer.Kind.TEXT);
    }
}
