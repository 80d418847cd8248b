package org.dateline.page;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CharsetsTest {

    private static byte[] bytes(String s, String charset) {
        return s.getBytes(Charset.forName(charset));
    }

    @Test
    void metaCharsetIsHonouredAndLatin1ReadsAsWindows1252() {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Größe – “quoted”</p></body></html>";
        Decoded d = Charsets.decode(bytes(html, "windows-1252"));
        assertThat(d.text()).contains("Größe – “quoted”");
        assertThat(d.source()).isEqualTo("meta");
    }

    @Test
    void transportHeaderWinsOverMeta() {
        String html = "<meta charset=\"utf-8\"><p>Ærø</p>";
        Decoded d = Charsets.decode(bytes(html, "ISO-8859-15"), "text/html; charset=ISO-8859-15");
        assertThat(d.text()).contains("Ærø");
        assertThat(d.source()).isEqualTo("header");
    }

    @Test
    void byteOrderMarkWins() {
        byte[] body = bytes("<meta charset=windows-1251><p>naïve</p>", "UTF-8");
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Decoded d = Charsets.decode(withBom);
        assertThat(d.text()).startsWith("<meta").contains("naïve");
        assertThat(d.source()).isEqualTo("bom");
    }

    @Test
    void mislabelledUtf8IsReadAsUtf8() {
        String html = "<meta charset=\"iso-8859-1\"><p>Zürich “news”</p>";
        Decoded d = Charsets.decode(html.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).contains("Zürich “news”");
    }

    @Test
    void undeclaredCyrillicAndJapaneseAreSniffed() {
        String ru = "<html><body><p>Министерство обороны России сообщило, что самолеты выполнили более девяти тысяч вылетов "
                + "с начала операции в Сирии. Об этом заявил официальный представитель министерства.</p></body></html>";
        assertThat(Charsets.decode(bytes(ru, "windows-1251")).text()).contains("Министерство обороны");
        String ja = "<html><body><p>東京都は新型ウイルスの感染者が新たに確認されたと発表しました。専門家は引き続き警戒を呼びかけています。"
                + "政府は対策本部を設置し、情報の収集にあたっています。</p></body></html>";
        assertThat(Charsets.decode(bytes(ja, "Shift_JIS")).text()).contains("東京都は");
    }

    @Test
    void unknownLabelFallsBackToSniffingWithAWarning() {
        String html = "<meta charset=\"x-no-such-charset\"><p>plain words</p>";
        Decoded d = Charsets.decode(html.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).contains("plain words");
        assertThat(d.warning()).contains("x-no-such-charset");
    }

    @Test
    void gb2312ReadsAsGb18030() {
        String html = "<meta charset=\"gb2312\"><p>中华人民共和国 𠀀</p>";
        Decoded d = Charsets.decode(bytes(html, "GB18030"));
        assertThat(d.text()).contains("中华人民共和国");
        assertThat(d.charset().name()).isEqualTo("GB18030");
    }
}
