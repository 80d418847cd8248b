/**
 * Who said what: quotations, reported speech and their speakers.
 *
 * <p>{@link org.dateline.analyze.quote.QuoteFinder} is the entry point; per article it reads each
 * paragraph's sentences as tokens ({@code SentenceTokenizer}: a quotation is one
 * {@link org.dateline.analyze.lex.Token} of kind {@code QUOTE}) and hands them to the parts, each named
 * for what it finds:
 * <ul>
 *   <li>{@code CueFinder}: the cues of a sentence (reporting verbs, source phrases, postpositions) and
 *       their {@code Attribution}s, an immutable record of token ranges (cue, attribution words, speaker
 *       phrase, content, second content) built by {@code Attribution.Builder};</li>
 *   <li>{@code SpeakerPhrase}: the speaker's noun phrase before or after the cue, over appositives;</li>
 *   <li>{@code ContentSpan}: what was said, after or before the cue, or both;</li>
 *   <li>{@code QuoteUnits}: the article's quotations as they are assembled, floating quotations, quotations
 *       continued over paragraphs, and the quotes they become;</li>
 *   <li>{@code Terms}: titles of works, names and addresses in quotation marks ({@code kind: term});</li>
 *   <li>{@code Discourse}: the per-article memory that resolves "he", "Kirby", "the ministry" to names.</li>
 * </ul>
 *
 * <p>What a language needs is data, read by {@code SpeechLexicon} from {@code lang/<code>/speech.json}:
 * its words (verbs with their forms and separable particles, source phrases, pronouns, roles…) and, in
 * its {@code grammar} object, named features ({@code Grammar}: {@code nounsCapitalized},
 * {@code verbSecond}, {@code closedCompounds}, {@code speechSetOffByComma}, adverb, participle,
 * adjective and feminine endings). The Java code asks for a feature, never for a language.
 */
package org.dateline.analyze.quote;
