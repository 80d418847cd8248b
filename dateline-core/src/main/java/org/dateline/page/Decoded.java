package org.dateline.page;

import java.nio.charset.Charset;

/**
 * Text decoded from a page's bytes, with the charset used and how it was chosen.
 *
 * @param text    the decoded characters (BOM removed)
 * @param charset the charset the bytes were read with
 * @param source  how it was chosen: {@code bom}, {@code header}, {@code meta}, {@code sniffed}, {@code default}
 * @param warning a note when a declared label was unknown or contradicted by the bytes, else null
 */
public record Decoded(String text, Charset charset, String source, String warning) {
}
