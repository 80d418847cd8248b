package org.dateline.extract;

import org.dateline.page.Page;

/**
 * Turns one decoded page into an {@link Article}. Implementations are immutable and thread-safe.
 */
public interface Extractor {

    /**
     * @param page the page (for its input name, URL, transport headers)
     * @param text the page's decoded characters
     */
    Article extract(Page page, String text);
}
