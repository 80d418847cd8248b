package org.dateline.cli;

import org.dateline.store.NewsIndex;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --index DIR}, shared by the index commands. */
final class IndexOption {

    @Option(names = "--index", paramLabel = "DIR", defaultValue = NewsIndex.DEFAULT_FOLDER,
            description = "Index folder (default: ./${DEFAULT-VALUE}).")
    Path folder;
}
