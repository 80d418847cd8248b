package org.dateline.page;

import org.dateline.DatelineException;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Bounded gzip decompression (a gzip bomb must not take the heap). */
public final class Gzip {

    private Gzip() {
    }

    /**
     * Decompresses all members of a gzip stream.
     *
     * @throws DatelineException when the data is truncated, corrupt, or expands past {@code limit}
     */
    public static byte[] decompress(byte[] gz, int limit) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 64 * 1024)) {
            return readBounded(in, limit, "decompressed size", sizeHint(gz, limit));
        } catch (EOFException e) {
            throw new DatelineException("truncated gzip data (unexpected end of stream)");
        } catch (ZipException e) {
            throw new DatelineException("corrupt gzip data (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new DatelineException("cannot decompress gzip data: " + e.getMessage());
        }
    }

    /** Reads a stream to its end, refusing more than {@code limit} bytes. */
    public static byte[] readBounded(InputStream in, int limit, String what) throws IOException {
        return readBounded(in, limit, what, 64 * 1024);
    }

    /**
     * The buffer to decompress into: the size the gzip trailer states (of the last member, mod
     * 2^32: a hint, which untrusted data may get wrong), within the limit and within 32 times the
     * compressed size, so that a false trailer cannot make a small page take much memory.
     */
    private static int sizeHint(byte[] gz, int limit) {
        if (gz.length < 18) {
            return 1024;
        }
        int n = gz.length;
        long stated = (gz[n - 4] & 0xffL) | (gz[n - 3] & 0xffL) << 8 | (gz[n - 2] & 0xffL) << 16 | (gz[n - 1] & 0xffL) << 24;
        long cap = Math.min(limit, 32L * n);
        return (int) Math.max(1024, Math.min(stated, cap));
    }

    /**
     * Reads into one array of {@code hint} bytes, grown when the stream is longer and cut to size at
     * the end: decompressing a page through a {@code ByteArrayOutputStream} copied it twice (1% of
     * extraction).
     */
    private static byte[] readBounded(InputStream in, int limit, String what, int hint) throws IOException {
        byte[] out = new byte[Math.max(1, Math.min(hint, limit))];
        int total = 0;
        while (true) {
            if (total == out.length) {
                if (total >= limit) {
                    // full at the limit: any further byte is one too many
                    if (in.read() < 0) {
                        break;
                    }
                    throw new DatelineException(what + " is over the limit of " + limit + " bytes");
                }
                out = Arrays.copyOf(out, (int) Math.min(limit, Math.max(2L * out.length, 1024)));
            }
            int n = in.read(out, total, out.length - total);
            if (n <= 0) {
                break;
            }
            total += n;
            if (total > limit) {
                throw new DatelineException(what + " is over the limit of " + limit + " bytes");
            }
        }
        return total == out.length ? out : Arrays.copyOf(out, total);
    }
}
