package org.dateline.page;

import org.dateline.DatelineException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
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
            return readBounded(in, limit, "decompressed size");
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
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > limit) {
                throw new DatelineException(what + " is over the limit of " + limit + " bytes");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
