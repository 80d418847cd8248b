package org.dateline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dateline.Options;
import org.dateline.page.Charsets;
import org.dateline.page.InputFormat;
import org.dateline.source.Item;
import org.dateline.source.Sources;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The WARC reader ({@link Sources} over jwarc), fed a stream as {@code dateline ingest -} is: any
 * bytes give pages, skips and failures, never an exception; a cut or corrupt file gives one
 * failure, the last item; each page's transport header decodes its bytes. The same bytes as one
 * gzip member go through the compressed path too.
 */
class WarcFuzzTest {

    private static final Options OPTIONS = new Options(InputFormat.AUTO, false, 1024 * 1024, 5_000);

    @FuzzTest
    @Timeout(30)
    void warc(byte[] data) {
        read(data);
        if (data.length >= 5 && new String(data, 0, 5, StandardCharsets.ISO_8859_1).equals("WARC/")) {
            read(gzip(data));
        }
    }

    private static void read(byte[] data) {
        int items = 0;
        boolean cut = false;
        try (Sources sources = Sources.ofStream("fuzz.warc", new ByteArrayInputStream(data), OPTIONS)) {
            while (sources.hasNext()) {
                Item item = sources.next();
                assertThat(cut).as("nothing after the cut").isFalse();
                assertThat(++items).as("items from %d bytes", data.length).isLessThanOrEqualTo(data.length + 1);
                if (item instanceof Item.FailedItem f) {
                    assertThat(f.failure().reason()).doesNotContain("\n");
                    cut = f.failure().reason().startsWith("WARC cut or corrupt");
                } else if (item instanceof Item.PageItem p) {
                    assertThat(p.page().input()).startsWith("fuzz.warc");
                    Charsets.decode(p.page().content(), p.page().contentType());
                }
            }
        }
    }

    private static byte[] gzip(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
