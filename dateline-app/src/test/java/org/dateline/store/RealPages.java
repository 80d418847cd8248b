package org.dateline.store;

import org.dateline.Dateline;
import org.dateline.Options;
import org.dateline.page.Page;
import org.dateline.record.Record;
import org.dateline.record.Result;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Real pages shipped with dateline-core's tests (provenance in its {@code htmltests/README.md}
 * and {@code seed/}), extracted and analysed as {@code dateline extract} does: a small index of
 * real articles for the store, server and CLI tests.
 */
public final class RealPages {

    /** Resource, URL. */
    private static final String[][] PAGES = {
            {"/seed/rt-2016-03-17-isis-child-jihadists.txt", "https://www.rt.com/news/336013-isis-child-soldiers/"},
            {"/htmltests/ninenews-2024-05-02-related.html",
                    "https://www.9news.com.au/world/usa-jeffrey-epstein-documents-released-but-some-questions-remain-unanswered/141e61e9-8a07-42e4-a527-2f03f45e7ef0"},
            {"/htmltests/timeslive-2025-05-22-widgets.html",
                    "https://www.timeslive.co.za/sunday-times-daily/business/2025-05-21-2025-budget-30-sars-gets-r4bn-to-hire-army-of-debt-collectors/"},
            {"/htmltests/wordpress-blog-with-comments.html",
                    "https://thebigbone.wordpress.com/2017/04/13/die-ueberforderung-durch-ueberangebote/"},
    };

    private RealPages() {
    }

    /** The four pages as records, in a fixed order (the RT article first). */
    public static List<Record> records() {
        List<Record> out = new ArrayList<>();
        for (String[] p : PAGES) {
            byte[] bytes;
            try (InputStream in = RealPages.class.getResourceAsStream(p[0])) {
                if (in == null) {
                    throw new IllegalStateException("test resource " + p[0] + " is missing");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Result r = Dateline.process(Page.of(p[0].substring(p[0].lastIndexOf('/') + 1), bytes, p[1]), Options.DEFAULTS);
            if (!(r instanceof Result.Extracted e)) {
                throw new IllegalStateException(p[0] + " was not extracted: " + r);
            }
            out.add(e.record());
        }
        return out;
    }

    /** Ingests the four pages and commits; returns their records. */
    public static List<Record> fill(NewsIndex index) {
        List<Record> records = records();
        for (Record r : records) {
            index.ingest(r);
        }
        index.commit();
        index.refresh();
        return records;
    }
}
