package org.dateline.cli;

/** The package-private parts of {@code dateline watch} that the watch tests check. */
public final class WatchCommandAccess {

    private WatchCommandAccess() {
    }

    public static String defaultUserAgent() {
        return WatchCommand.defaultUserAgent();
    }
}
