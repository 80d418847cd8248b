package org.dateline.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** A development set of ../shared/data: its gold rows, and the floors the build holds it to. */
public final class DevSet {

    private DevSet() {
    }

    public static List<JsonNode> gold(Path setDir) throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(setDir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(m.readTree(line));
                }
            }
        }
        return rows;
    }

    /**
     * Whether a page belongs to the {@code tune} half of its dev set (else {@code check}): the
     * CRC-32 of its file name (the last path element, UTF-8) is even. Stable, and the same as
     * {@code zlib.crc32(name.encode()) % 2 == 0} in Python ({@code scripts/dev_halves.py}).
     * Accuracy work is developed on {@code tune}; a change counts only if {@code check} holds.
     */
    public static boolean tune(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0;
    }

    /** The floors in {@code quality-floors.properties}: raised when the code improves, never lowered silently. */
    public static double floor(String key) {
        Properties p = new Properties();
        try (InputStream in = DevSet.class.getResourceAsStream("/quality-floors.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String v = p.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("no floor for " + key + " in quality-floors.properties");
        }
        return Double.parseDouble(v.strip());
    }
}
