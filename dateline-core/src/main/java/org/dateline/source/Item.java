package org.dateline.source;

import org.dateline.page.Page;
import org.dateline.record.Failure;

/** One thing a source yields: a page to process, or an input that could not be read. */
public sealed interface Item permits Item.PageItem, Item.FailedItem, Item.Skipped {

    record PageItem(Page page) implements Item {
    }

    record FailedItem(Failure failure) implements Item {
    }

    /** A WARC record passed over (revisit, non-200, not HTML); counted in the summary. */
    record Skipped(String input, String why) implements Item {
    }
}
