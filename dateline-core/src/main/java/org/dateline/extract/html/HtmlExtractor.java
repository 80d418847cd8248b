package org.dateline.extract.html;

import org.dateline.extract.Article;
import org.dateline.extract.Extractor;
import org.dateline.extract.Media;
import org.dateline.extract.Sites;
import org.dateline.extract.meta.Metadata;
import org.dateline.extract.meta.MetadataExtractor;
import org.dateline.page.Page;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * An HTML page to an {@link Article}: jsoup parses, {@link MetadataExtractor} reads the metadata
 * layers, {@link ContentExtractor} finds the body. Immutable and thread-safe (a jsoup
 * {@link Parser} is made per call: parsers are not safe to share).
 */
public final class HtmlExtractor implements Extractor {

    private final MetadataExtractor metadata = new MetadataExtractor();
    private final ContentExtractor content = new ContentExtractor();

    @Override
    public Article extract(Page page, String html) {
        String base = page.url() == null ? "" : page.url();
        Document doc = Parser.htmlParser().parseInput(html, base);
        Metadata md = metadata.extract(doc, page.url());
        String url = page.url() != null ? md.url() != null ? md.url() : page.url() : md.url();
        String title = md.title();
        ContentExtractor.Body body = content.extract(doc, title, md.description(), url);
        List<String> media = new ArrayList<>(md.media());
        for (String kind : body.media()) {
            Media.add(media, kind);
        }
        return new Article(page.input(), url, Sites.site(url), title, md.published(), md.modified(), md.authors(),
                md.language(), md.description(), md.tags(), media, body.text(), body.related());
    }
}
