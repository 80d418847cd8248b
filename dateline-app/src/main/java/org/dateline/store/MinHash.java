package org.dateline.store;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Near-duplicate signatures: MinHash over 5-word shingles of the body, with locality-sensitive
 * hashing bands as index terms so that candidates are found by one term query.
 *
 * <p>Calibration (see docs/decisions.md, "Near-duplicates"): 128 hash functions estimate Jaccard
 * similarity with a standard error of at most 0.045; 32 bands of 4 rows make a pair with true
 * similarity 0.5 a candidate with probability 0.87 and one at 0.7 with probability 0.9999, while a
 * pair at 0.2 is a candidate with probability 0.05 (then rejected by the estimate). Texts with fewer
 * than {@link #MIN_SHINGLES} shingles get no signature: short texts (briefs, captions, empty bodies
 * of pages the extractor could not read) share boilerplate and would cluster falsely.
 */
public final class MinHash {

    public static final int HASHES = 128;
    public static final int BANDS = 32;
    public static final int ROWS = HASHES / BANDS;
    public static final int SHINGLE = 5;
    public static final int MIN_SHINGLES = 25;
    /** Estimated Jaccard at or above which two bodies are the same story (measured on the dev pages). */
    public static final double THRESHOLD = 0.5;
    /** Bounded work on untrusted input: a longer body is signed by its first 20,000 words. */
    private static final int MAX_WORDS = 20_000;

    /**
     * The k-th hash of a shingle (itself a well-mixed 32-bit hash h) is {@code A[k]·h + B[k]} in
     * 32-bit arithmetic with odd A[k]: one multiply-add per function, in a loop the JIT turns into
     * vector instructions (8 functions at a time), so signing a 1,000-word article takes ~50 µs.
     */
    private static final int[] A = new int[HASHES];
    private static final int[] B = new int[HASHES];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + 0x632BE59BD9B4E019L);
            A[i] = (int) s | 1;
            B[i] = (int) (s >>> 32);
        }
    }

    private MinHash() {
    }

    /** The signature of a body, or null when the body is too short to compare. */
    public static int[] signature(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        long[] words = words(text);
        int n = words.length - SHINGLE + 1;
        if (n < MIN_SHINGLES) {
            return null;
        }
        int[] sig = new int[HASHES];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            long h = 0;
            for (int j = 0; j < SHINGLE; j++) {
                h = mix(h * 31 + words[i + j]);
            }
            int h32 = (int) (h ^ (h >>> 32));
            for (int k = 0; k < HASHES; k++) {
                sig[k] = Math.min(sig[k], A[k] * h32 + B[k]);
            }
        }
        return sig;
    }

    /** Estimated Jaccard similarity of the shingle sets behind two signatures. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** One index term per band: {@code <band>:<hash of its rows>}. */
    public static String[] bands(int[] sig) {
        String[] out = new String[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + sig[b * ROWS + r]);
            }
            out[b] = b + ":" + Long.toHexString(h);
        }
        return out;
    }

    public static byte[] toBytes(int[] sig) {
        ByteBuffer bb = ByteBuffer.allocate(sig.length * 4);
        for (int v : sig) {
            bb.putInt(v);
        }
        return bb.array();
    }

    public static int[] fromBytes(byte[] bytes, int offset, int length) {
        if (length != HASHES * 4) {
            return null;
        }
        ByteBuffer bb = ByteBuffer.wrap(bytes, offset, length);
        int[] sig = new int[HASHES];
        for (int i = 0; i < HASHES; i++) {
            sig[i] = bb.getInt();
        }
        return sig;
    }

    /** Word hashes: runs of letters and digits, lower case. */
    private static long[] words(String text) {
        long[] out = new long[64];
        int n = 0;
        int i = 0;
        int len = text.length();
        while (i < len && n < MAX_WORDS) {
            while (i < len && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < len && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                long h = 0;
                for (int j = start; j < i; j++) {
                    h = h * 31 + Character.toLowerCase(text.charAt(j));
                }
                out[n++] = mix(h);
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** SplitMix64's finaliser: a fast, well-distributed 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
