package org.dateline.page;

import org.dateline.DatelineException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Decompression into a buffer sized by the gzip trailer: the trailer is a hint, never trusted. */
class GzipTest {

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] text(int n, long seed) {
        Random r = new Random(seed);
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) ("<p>the quick brown fox</p>\n".charAt(r.nextInt(27)));
        }
        return b;
    }

    @Test
    void everySizeComesBackWhole() throws IOException {
        for (int n : new int[] {0, 1, 1023, 1024, 1025, 65_536, 300_001}) {
            byte[] data = text(n, n);
            assertThat(Gzip.decompress(gzip(data), 1_000_000)).as("%d bytes", n).isEqualTo(data);
        }
    }

    @Test
    void theLimitIsExactWhateverTheTrailerSays() throws IOException {
        byte[] data = text(5000, 7);
        assertThat(Gzip.decompress(gzip(data), 5000)).isEqualTo(data);
        assertThatThrownBy(() -> Gzip.decompress(gzip(data), 4999))
                .isInstanceOf(DatelineException.class).hasMessageContaining("over the limit of 4999 bytes");
        assertThatThrownBy(() -> Gzip.decompress(gzip(data), 0)).isInstanceOf(DatelineException.class);
    }

    @Test
    void aFalseTrailerIsReportedAsCorruptAndAPartialOneStillGivesThePage() throws IOException {
        byte[] data = text(200_000, 3);
        // The trailer claims 16 bytes, then 4 GB - 1: the page still comes back whole.
        for (int claimed : new int[] {16, -1}) {
            byte[] gz = gzip(data);
            int n = gz.length;
            byte[] lying = Arrays.copyOf(gz, n);
            lying[n - 4] = (byte) claimed;
            lying[n - 3] = (byte) (claimed >>> 8);
            lying[n - 2] = (byte) (claimed >>> 16);
            lying[n - 1] = (byte) (claimed >>> 24);
            // GZIPInputStream checks the trailer at the end: a false size is corrupt data, reported.
            assertThatThrownBy(() -> Gzip.decompress(lying, 1_000_000)).isInstanceOf(DatelineException.class)
                    .hasMessageContaining("corrupt gzip data");
        }
        // Two members: the trailer states the last one's size only.
        byte[] first = gzip(Arrays.copyOf(data, 150_000));
        byte[] second = gzip(Arrays.copyOfRange(data, 150_000, data.length));
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        assertThat(Gzip.decompress(both, 1_000_000)).isEqualTo(data);
    }

    @Test
    void aTruncatedStreamIsAClearError() throws IOException {
        byte[] gz = gzip(text(50_000, 5));
        assertThatThrownBy(() -> Gzip.decompress(Arrays.copyOf(gz, gz.length / 2), 1_000_000))
                .isInstanceOf(DatelineException.class).hasMessageContaining("truncated gzip data");
    }
}
