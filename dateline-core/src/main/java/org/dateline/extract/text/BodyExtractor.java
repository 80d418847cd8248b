package org.dateline.extract.text;

import org.dateline.extract.Article;
import org.dateline.extract.Extractor;
import org.dateline.extract.Sites;
import org.dateline.page.Page;

/**
 * A clean article body ({@code --input-format body}): every line is kept as written, nothing is
 * guessed away. Line breaks are normalised to {@code \n}; the text is otherwise unchanged so that
 * analysis offsets point into what the user gave.
 */
public final class BodyExtractor implements Extractor {

    @Override
    public Article extract(Page page, String text) {
        String body = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!body.isEmpty() && body.charAt(0) == '\uFEFF') {
            body = body.substring(1);
        }
        return new Article(page.input(), page.url(), Sites.site(page.url()), null, null, null, null, null, null,
                null, null, body.strip(), null);
    }
}
