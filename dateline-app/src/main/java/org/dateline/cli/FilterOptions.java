package org.dateline.cli;

import org.dateline.store.Requests;
import picocli.CommandLine.Option;

/** Date, site and language filters shared by the index commands. */
final class FilterOptions {

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after DATE (YYYY-MM-DD, YYYY-MM, YYYY, ISO 8601, today or yesterday).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before DATE (a day: the whole day).")
    String to;

    @Option(names = "--site", paramLabel = "S", description = "Only this outlet (host name, e.g. rt.com).")
    String site;

    @Option(names = "--lang", paramLabel = "L", description = "Only this language (ISO 639-1, e.g. en).")
    String lang;

    Requests.Filters filters(String speaker, String entity) {
        return new Requests.Filters(from, to, site, lang, speaker, entity);
    }
}
