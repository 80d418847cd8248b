package org.dateline.page;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text the way a browser does: byte-order mark, then the transport header,
 * then {@code <meta charset>} / {@code http-equiv} in the first bytes, then sniffing.
 *
 * <p>Labels are mapped as the WHATWG Encoding Standard maps them (ISO-8859-1 and US-ASCII are read
 * as windows-1252, GB2312 as GB18030, EUC-KR as windows-949, Shift_JIS as windows-31j), because
 * pages that declare the narrow charset routinely use characters only the wide one has.
 * A declaration that the bytes contradict (a "UTF-8" page that is not valid UTF-8) is overruled
 * by sniffing. Thread-safe: no state.
 */
public final class Charsets {

    /** How far into the document a {@code <meta charset>} is looked for (the HTML spec says 1024; real pages put it later). */
    static final int META_PRESCAN_BYTES = 16 * 1024;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,400}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:()\\-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_DECL = Pattern.compile(
            "^\\s*<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9._:()\\-]{1,40})", Pattern.CASE_INSENSITIVE);

    /** WHATWG-style label replacements: narrow legacy names are read with their superset. */
    private static final Map<String, String> SUPERSETS = Map.ofEntries(
            Map.entry("iso-8859-1", "windows-1252"),
            Map.entry("iso8859-1", "windows-1252"),
            Map.entry("iso_8859-1", "windows-1252"),
            Map.entry("latin1", "windows-1252"),
            Map.entry("latin-1", "windows-1252"),
            Map.entry("l1", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"),
            Map.entry("ascii", "windows-1252"),
            Map.entry("cp1252", "windows-1252"),
            Map.entry("iso-8859-9", "windows-1254"),
            Map.entry("iso-8859-11", "x-windows-874"),
            Map.entry("tis-620", "x-windows-874"),
            Map.entry("windows-874", "x-windows-874"),
            Map.entry("gb2312", "GB18030"),
            Map.entry("gbk", "GB18030"),
            Map.entry("x-gbk", "GB18030"),
            Map.entry("gb_2312-80", "GB18030"),
            Map.entry("euc-kr", "x-windows-949"),
            Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("shift_jis", "windows-31j"),
            Map.entry("shift-jis", "windows-31j"),
            Map.entry("sjis", "windows-31j"),
            Map.entry("x-sjis", "windows-31j"),
            Map.entry("ms932", "windows-31j"),
            Map.entry("big5", "Big5-HKSCS"),
            Map.entry("utf8", "UTF-8"),
            Map.entry("unicode", "UTF-16LE"),
            Map.entry("utf-16", "UTF-16LE"));

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<Charset> CENTRAL = List.of(Charset.forName("ISO-8859-2"), Charset.forName("windows-1250"));
    /** Strictest first: GB18030 decodes nearly any byte sequence, so it comes last. */
    private static final List<Charset> EAST_ASIAN = List.of(Charset.forName("windows-31j"),
            Charset.forName("x-windows-949"), Charset.forName("Big5-HKSCS"), Charset.forName("GB18030"));
    /** windows-1252 for bytes 0x80-0xFF; the five undefined ones as U+FFFD. */
    private static final String CP1252_HIGH;

    static {
        byte[] high = new byte[128];
        for (int i = 0; i < 128; i++) {
            high[i] = (byte) (0x80 + i);
        }
        CP1252_HIGH = new String(high, WINDOWS_1252);
    }

    private Charsets() {
    }

    /** Decodes bytes with no transport header. */
    public static Decoded decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /**
     * Decodes bytes.
     *
     * @param contentType the transport Content-Type header value, or null
     */
    public static Decoded decode(byte[] bytes, String contentType) {
        // 1. Byte-order mark wins over everything (as in browsers).
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(decodeLenient(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom", null);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(decodeLenient(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom", null);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(decodeLenient(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom", null);
        }
        // The JDK's UTF-8 decoder is intrinsic and fast; a page without U+FFFD after it is valid UTF-8
        // (the common case: one pass). Only pages with replacement characters are counted byte by byte.
        String asUtf8 = new String(bytes, StandardCharsets.UTF_8);
        Utf8Stats utf8 = asUtf8.indexOf('\uFFFD') < 0
                ? new Utf8Stats(asUtf8.length() < bytes.length ? 1 : 0, 0)
                : Utf8Stats.of(bytes);
        String warning = null;
        // 2. Transport header, 3. in-document declaration.
        String headerLabel = contentType == null ? null : firstGroup(HEADER_CHARSET, contentType);
        String metaLabel = headerLabel == null ? declaredInDocument(bytes) : null;
        String label = headerLabel != null ? headerLabel : metaLabel;
        String source = headerLabel != null ? "header" : "meta";
        if (label != null) {
            Charset declared = forLabel(label);
            if (declared == null) {
                warning = "unknown charset label '" + label + "', sniffed instead";
            } else if (declared.equals(StandardCharsets.UTF_8)) {
                // Trust a UTF-8 declaration only when the bytes are (nearly all) UTF-8: mislabelled legacy pages are common.
                if (utf8.isUtf8()) {
                    return new Decoded(asUtf8, declared, source, null);
                }
                if (utf8.isMostlyUtf8()) {
                    return new Decoded(decodeMixed(bytes), declared, source,
                            utf8.invalid() + " stray non-UTF-8 bytes read as windows-1252");
                }
                warning = "declared UTF-8 but bytes are not UTF-8, sniffed instead";
            } else if (isUtf16(declared)) {
                // A meta tag read as ASCII cannot be UTF-16; the declaration is wrong.
                warning = "declared " + label + " in an ASCII-compatible document, sniffed instead";
            } else if (utf8.isUtf8() && utf8.multibyte() > 0 || utf8.isMostlyUtf8()) {
                // A legacy label over bytes that are valid multibyte UTF-8: the page was re-encoded (by a
                // proxy, an archive, a scraper) without its declaration being updated. Legacy text is
                // almost never valid UTF-8 by chance (on the dev sets, 27% of GB2312 byte pairs are, so
                // a whole page never is), while reading UTF-8 as the label says gives mojibake
                // (measured: 3 of 6 pages declaring GB2312, EUC-KR or ISO-8859-15 in the dev sets).
                String text = utf8.isUtf8() ? asUtf8 : decodeMixed(bytes);
                return new Decoded(text, StandardCharsets.UTF_8, "sniffed", "declared " + label + " but bytes are UTF-8");
            } else {
                return new Decoded(decodeLenient(bytes, 0, declared), declared, source, null);
            }
        }
        // 4. Nothing usable declared: valid UTF-8 is UTF-8, else ask the detector.
        String how = label == null ? "default" : "sniffed";
        if (utf8.isUtf8()) {
            return new Decoded(asUtf8, StandardCharsets.UTF_8, how, warning);
        }
        if (utf8.isMostlyUtf8()) {
            return new Decoded(decodeMixed(bytes), StandardCharsets.UTF_8, "sniffed", warning);
        }
        Charset sniffed = sniff(bytes);
        return new Decoded(decodeLenient(bytes, 0, sniffed), sniffed, "sniffed", warning);
    }

    /** Maps a charset label to the charset a browser would use, or null if the label is unknown. */
    public static Charset forLabel(String label) {
        if (label == null) {
            return null;
        }
        String key = label.trim().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            return null;
        }
        String mapped = SUPERSETS.getOrDefault(key, key);
        try {
            return Charset.isSupported(mapped) ? Charset.forName(mapped) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The charset declared by {@code <meta>} or an XML declaration in the first bytes, else null. */
    static String declaredInDocument(byte[] bytes) {
        int n = Math.min(bytes.length, META_PRESCAN_BYTES);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        String label = firstGroup(XML_DECL, head);
        return label != null ? label : firstGroup(META_CHARSET, head);
    }

    private static Charset sniff(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        int chunk = 64 * 1024;
        for (int off = 0; off < bytes.length && !detector.isDone(); off += chunk) {
            detector.handleData(bytes, off, Math.min(chunk, bytes.length - off));
        }
        detector.dataEnd();
        Charset detected = forLabel(detector.getDetectedCharset());
        if (detected == null || detected.equals(WINDOWS_1252)) {
            // juniversalchardet has no model for Central European charsets and calls them windows-1252.
            return westernOrCentral(bytes);
        }
        return detected;
    }

    /**
     * Chooses between windows-1252, ISO-8859-2 and windows-1250 for a page the detector took for
     * Western, by counting symbols stuck to letters (Polish "ł" read as windows-1252 is "³" as in
     * "by³o", "ś" read as windows-1250 from ISO-8859-2 bytes is "¶"): the right charset gives the
     * fewest. Central European wins only by a clear margin (at least 3 such symbols under
     * windows-1252 and under half as many under it): on the dev pages re-encoded to ISO-8859-1, 
     * stray cases are 0 to 2 per page ("sør\u00ADinn", "llo»Men"). Hungarian (ő, ű read as õ, û)
     * is not caught: both are letters.
     *
     * <p>Bytes windows-1252 does not define (0x81, 0x8D, 0x8F, 0x90, 0x9D) mean the page is not
     * Western at all: typically a mostly-English page in Shift_JIS or GBK with a few punctuation
     * marks, too little for the detector. The first East Asian charset that decodes every byte wins.
     */
    static Charset westernOrCentral(byte[] bytes) {
        if (hasUndefinedWindows1252Byte(bytes)) {
            for (Charset cs : EAST_ASIAN) {
                if (decodesStrictly(bytes, cs)) {
                    return cs;
                }
            }
        }
        int western = symbolsInWords(decodeLenient(bytes, 0, WINDOWS_1252));
        if (western < 3) {
            return WINDOWS_1252;
        }
        Charset best = WINDOWS_1252;
        int bestScore = western;
        for (Charset cs : CENTRAL) {
            int score = symbolsInWords(decodeLenient(bytes, 0, cs));
            if (score * 2 < western && score < bestScore) {
                best = cs;
                bestScore = score;
            }
        }
        return best;
    }

    /** Punctuation and signs that sit next to letters in correctly decoded text. */
    private static final String USUAL_SIGNS = "\u00A0\u00AD«»‹›“”„‘’‚–—…·•©®™°¿¡\uFFFD";

    private static int symbolsInWords(String s) {
        int n = 0;
        for (int i = 1; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && !Character.isLetter(c) && USUAL_SIGNS.indexOf(c) < 0 && Character.isLetter(s.charAt(i + 1))
                    && (Character.isLetter(s.charAt(i - 1)) || Character.isWhitespace(s.charAt(i - 1)))) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasUndefinedWindows1252Byte(byte[] b) {
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) {
                return true;
            }
        }
        return false;
    }

    private static boolean decodesStrictly(byte[] bytes, Charset cs) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isUtf16(Charset cs) {
        return cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32");
    }

    /**
     * Valid UTF-8 sequences as UTF-8, every other byte as windows-1252: a UTF-8 page with a few
     * stray legacy bytes (a pasted Latin-1 snippet, a cut sequence) loses no character to U+FFFD.
     */
    static String decodeMixed(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int len = Utf8Stats.sequenceLength(b, i);
            if (len > 0) {
                sb.append(new String(b, i, len, StandardCharsets.UTF_8));
                i += len;
            } else {
                sb.append(CP1252_HIGH.charAt(c - 0x80));
                i++;
            }
        }
        return sb.toString();
    }

    /**
     * How UTF-8-like some bytes are: valid multibyte sequences and bytes that fit no sequence.
     * A sequence cut by the end of the data does not count as invalid (pages are often clipped).
     */
    record Utf8Stats(int multibyte, int invalid) {

        static Utf8Stats of(byte[] b) {
            int multi = 0;
            int invalid = 0;
            int i = 0;
            while (i < b.length) {
                if (b[i] >= 0) {
                    i++;
                    continue;
                }
                int len = sequenceLength(b, i);
                if (len > 0) {
                    multi++;
                    i += len;
                } else if (len == CUT) {
                    break;
                } else {
                    invalid++;
                    i++;
                }
            }
            return new Utf8Stats(multi, invalid);
        }

        boolean isUtf8() {
            return invalid == 0;
        }

        /**
         * Nearly all UTF-8: ten valid sequences or more per stray byte. Calibrated on the dev sets:
         * the three pages declared UTF-8 with stray bytes have 25 to 100 per stray byte; legacy
         * GB2312 text has 0.3 (chance pairs), legacy Latin-1 text none.
         */
        boolean isMostlyUtf8() {
            return invalid > 0 && multibyte >= 10L * invalid;
        }

        static final int CUT = -2;

        /** Length of the valid multibyte sequence at {@code i}, -1 if none, {@link #CUT} if cut by the end. */
        static int sequenceLength(byte[] b, int i) {
            int c = b[i] & 0xFF;
            int len;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
                if (c == 0xE0) {
                    lo = 0xA0; // no overlong forms
                } else if (c == 0xED) {
                    hi = 0x9F; // no surrogates
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
                if (c == 0xF0) {
                    lo = 0x90;
                } else if (c == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                return -1;
            }
            for (int k = 1; k < len; k++) {
                if (i + k >= b.length) {
                    return CUT;
                }
                int t = b[i + k] & 0xFF;
                if (k == 1 ? t < lo || t > hi : t < 0x80 || t > 0xBF) {
                    return -1;
                }
            }
            return len;
        }
    }

    private static String decodeLenient(byte[] bytes, int offset, Charset cs) {
        return new String(bytes, offset, bytes.length - offset, cs);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String firstGroup(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }
}
