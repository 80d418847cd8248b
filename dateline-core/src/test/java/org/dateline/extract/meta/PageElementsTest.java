package org.dateline.extract.meta;

import org.dateline.page.Gzip;
import org.dateline.page.Sniffer;
import org.dateline.testing.SharedData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PageElementsTest {

    @Test
    void theElementsUnderAnElementAreThoseJsoupCollectsInTheSameOrder() {
        Document doc = Jsoup.parse("""
                <html><head><title>t</title><meta name="a" content="b"></head>
                <body><div id="one"><p>x <span>y</span></p><ul><li>a<li>b</ul></div>
                <div id="two"><h1>Headline</h1><p><b>z</b></p></div><footer><a href="/">home</a></footer></body></html>""");
        PageElements elements = PageElements.of(doc);
        for (Element e : doc.getAllElements()) {
            assertThat(elements.under(e)).as(e.cssSelector()).containsExactlyElementsOf(e.getAllElements());
        }
        assertThat(elements.body(doc)).containsExactlyElementsOf(doc.body().getAllElements());
        assertThat(elements.h1s).extracting(Element::text).containsExactly("Headline");
    }

    @Test
    void anElementOutsideTheWalkedDocumentIsWalkedOnItsOwn() {
        PageElements elements = PageElements.of(Jsoup.parse("<p>a</p>"));
        Element other = Jsoup.parse("<div><p>b</p></div>").body();
        assertThat(elements.under(other)).containsExactlyElementsOf(other.getAllElements());
        assertThat(elements.under(null)).isEmpty();
    }

    @Test
    void onRealPagesTheBodyAndTheHeadlinesAreJsoupsOwn() throws IOException {
        Path pages = SharedData.require("metadata-dev/pages");
        List<Path> files;
        try (Stream<Path> s = Files.list(pages)) {
            files = s.sorted().limit(40).toList();
        }
        for (Path f : files) {
            byte[] raw = Files.readAllBytes(f);
            Document doc = Jsoup.parse(new String(Sniffer.isGzip(raw) ? Gzip.decompress(raw, 64 << 20) : raw,
                    StandardCharsets.UTF_8));
            PageElements elements = PageElements.of(doc);
            assertThat(elements.body(doc)).as(f.toString()).containsExactlyElementsOf(doc.body().getAllElements());
            assertThat(elements.h1s).as(f.toString()).containsExactlyElementsOf(doc.getElementsByTag("h1"));
        }
    }
}
