package org.dateline.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The workspace's {@code ../shared} folder (dev sets and reference scorers). It exists in CI and
 * on developers' machines, not on users': tests that need it skip with a printed reason.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder, or null when absent. */
    public static Path root() {
        String prop = System.getProperty("dateline.shared");
        Path[] candidates = {
                prop == null ? null : Path.of(prop),
                Path.of("../shared"),
                Path.of("../../shared"),
        };
        for (Path p : candidates) {
            if (p != null && Files.isDirectory(p.resolve("data"))) {
                return p.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    /** A path inside {@code shared/data}; skips the calling test (with the reason printed) when absent. */
    public static Path require(String relative) {
        Path root = root();
        if (root == null || !Files.exists(root.resolve("data").resolve(relative))) {
            String why = "skipped: ../shared/data/" + relative + " is not present (dev sets live beside the clone in CI)";
            System.out.println(why);
            Assumptions.abort(why);
        }
        return root.resolve("data").resolve(relative);
    }
}
