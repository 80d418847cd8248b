package org.dateline.page;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
                // Trust a UTF-8 declaration only when the bytes are UTF-8: mislabelled legacy pages are common.
                String strict = decodeStrict(bytes, StandardCharsets.UTF_8);
                if (strict != null) {
                    return new Decoded(strict, declared, source, null);
                }
                warning = "declared UTF-8 but bytes are not UTF-8, sniffed instead";
            } else if (isUtf16(declared)) {
                // A meta tag read as ASCII cannot be UTF-16; the declaration is wrong.
                warning = "declared " + label + " in an ASCII-compatible document, sniffed instead";
            } else if (declared.name().equals("windows-1252") && isValidUtf8WithMultibyte(bytes)) {
                // Latin-1 declared, but the bytes are multibyte UTF-8: the classic mislabel.
                return new Decoded(decodeLenient(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "sniffed",
                        "declared " + label + " but bytes are UTF-8");
            } else {
                return new Decoded(decodeLenient(bytes, 0, declared), declared, source, null);
            }
        }
        // 4. Nothing usable declared: valid UTF-8 is UTF-8, else ask the detector.
        String utf8 = decodeStrict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, label == null ? "default" : "sniffed", warning);
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
        // Western pages are the most common of the undeclared legacy ones (browsers default to this too).
        return detected != null ? detected : Charset.forName("windows-1252");
    }

    private static boolean isUtf16(Charset cs) {
        return cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32");
    }

    private static boolean isValidUtf8WithMultibyte(byte[] bytes) {
        boolean multibyte = false;
        for (byte b : bytes) {
            if (b < 0) {
                multibyte = true;
                break;
            }
        }
        return multibyte && decodeStrict(bytes, StandardCharsets.UTF_8) != null;
    }

    private static String decodeStrict(byte[] bytes, Charset cs) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = decoder.decode(ByteBuffer.wrap(bytes));
            return out.toString();
        } catch (CharacterCodingException e) {
            // A page cut in the middle of a multibyte sequence is still UTF-8: allow a broken tail.
            if (bytes.length > 4 && cs.equals(StandardCharsets.UTF_8) && validUtf8ExceptTail(bytes)) {
                return decodeLenient(bytes, 0, cs);
            }
            return null;
        }
    }

    private static boolean validUtf8ExceptTail(byte[] bytes) {
        int end = bytes.length;
        int cut = end;
        // Walk back over at most 3 continuation bytes and the lead byte of a truncated sequence.
        for (int i = end - 1; i >= Math.max(0, end - 4); i--) {
            int b = bytes[i] & 0xFF;
            if ((b & 0xC0) == 0x80) {
                continue;
            }
            if (b >= 0xC0) {
                cut = i;
            }
            break;
        }
        if (cut == end) {
            return false;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes, 0, cut));
            return true;
        } catch (CharacterCodingException e) {
            return false;
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
