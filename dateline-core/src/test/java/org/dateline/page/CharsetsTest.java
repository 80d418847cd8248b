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

    @Test
    void legacyLabelOverUtf8BytesIsReadAsUtf8() {
        // The dev sets hold such pages (GB2312, EUC-KR, ISO-8859-15 declared, stored as UTF-8).
        for (String label : new String[] {"gb2312", "euc-kr", "iso-8859-15", "windows-1251", "shift_jis"}) {
            String html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + label + "\">"
                    + "<p>新华社北京 · 세종시 · sanción · Министерство</p>";
            Decoded d = Charsets.decode(html.getBytes(StandardCharsets.UTF_8));
            assertThat(d.text()).as(label).contains("新华社北京 · 세종시 · sanción · Министерство");
            assertThat(d.warning()).as(label).contains("bytes are UTF-8");
        }
    }

    @Test
    void strayLegacyBytesInAUtf8PageAreNotReplacementCharacters() {
        StringBuilder sb = new StringBuilder("<meta charset=utf-8><p>");
        for (int i = 0; i < 20; i++) {
            sb.append("Größe “quoted” — ");
        }
        byte[] utf8 = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] latin = " café au lait</p>".getBytes(Charset.forName("windows-1252"));
        byte[] mixed = new byte[utf8.length + latin.length];
        System.arraycopy(utf8, 0, mixed, 0, utf8.length);
        System.arraycopy(latin, 0, mixed, utf8.length, latin.length);
        Decoded d = Charsets.decode(mixed);
        assertThat(d.text()).contains("Größe “quoted”").endsWith(" café au lait</p>").doesNotContain("\uFFFD");
    }

    @Test
    void undeclaredCentralEuropeanIsNotReadAsWestern() {
        String pl = "<html><body><p>Prezydent powiedział, że rząd będzie musiał przygotować nową ustawę. Była to "
                + "już trzecia próba zmiany przepisów w tym roku, a posłowie opozycji zapowiedzieli głosowanie "
                + "przeciwko. Źródła w ministerstwie twierdzą, że środki się znajdą.</p></body></html>";
        assertThat(Charsets.decode(bytes(pl, "ISO-8859-2")).text()).contains("powiedział, że rząd będzie");
        assertThat(Charsets.decode(bytes(pl, "windows-1250")).text()).contains("Źródła w ministerstwie");
        String de = "<html><body><p>Der Bürgermeister sagte, „die Straße bleibt bis März gesperrt“ – "
                + "für Anwohner gibt es Ausnahmen. Die Öffnung ist für Ende Mai geplant.</p></body></html>";
        assertThat(Charsets.decode(bytes(de, "windows-1252")).text()).contains("„die Straße bleibt bis März gesperrt“");
    }

    @Test
    void undeclaredEastAsianAndCyrillicAreSniffed() {
        String ko = "<html><body><p>세종시청에서 코로나19 극복을 위한 특별모금 성금 전달식이 열렸다. 이날 행사에는 "
                + "시장과 체육회 회장 등이 참석했다.</p></body></html>";
        assertThat(Charsets.decode(bytes(ko, "EUC-KR")).text()).contains("세종시청에서 코로나19 극복을");
        String zh = "<html><body><p>新华社北京4月24日电 习近平主席向首届中国拉美和加勒比国家航天合作论坛致贺信，"
                + "为中拉深化航天合作指明方向。</p></body></html>";
        assertThat(Charsets.decode(bytes(zh, "GB18030")).text()).contains("习近平主席向首届");
        String en = "<html><body><p>Prime Minister said \u201cWe\u2019ll discuss how we can move forward\u201d "
                + "at the press club on Tuesday.</p></body></html>";
        assertThat(Charsets.decode(bytes(en, "Shift_JIS")).text()).contains("\u201cWe\u2019ll discuss");
    }

    @Test
    void httpEquivDeclaresWindows1251() {
        String ru = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>"
                + "<body><p>Её слова</p></body></html>";
        Decoded d = Charsets.decode(bytes(ru, "windows-1251"));
        assertThat(d.text()).contains("Её слова");
        assertThat(d.source()).isEqualTo("meta");
    }

    @Test
    void utf8CutInTheMiddleOfACharacterIsStillUtf8() {
        byte[] full = "<p>Zürich Straße 東京</p>".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 6); // inside 京
        Decoded d = Charsets.decode(cut);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).contains("Zürich Straße 東");
    }
}
