package org.dateline.cli;

import org.dateline.Options;
import org.dateline.page.Sniffer;
import org.dateline.record.Failure;
import org.dateline.source.Item;
import org.dateline.source.Sources;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * What {@code ingest} reads: everything {@code extract} reads (pages, folders, WARC, stdin), plus
 * JSON Lines of records (files named {@code .jsonl}/{@code .ndjson}, optionally gzipped, or any file
 * or stdin whose first character is <code>{</code>). Streamed: one page or one line at a time.
 * Not thread-safe: one consumer.
 */
final class IngestSources implements Iterator<IngestSources.Work>, AutoCloseable {

    /** One unit of work: a page or an item from {@link Sources}, or one line of JSON. */
    sealed interface Work permits SourceWork, LineWork {
    }

    record SourceWork(Item item) implements Work {
    }

    /** @param input {@code path:line} */
    record LineWork(String input, String line, String error) implements Work {
    }

    private final Deque<String> inputs;
    private final Options options;
    private final String url;
    private final InputStream stdin;
    private Sources pages;
    private LineReader lines;
    private String linesInput;
    private long lineNo;
    private Work next;
    /** Bytes of the JSON Lines files read to their end, and of the one being read. */
    private long doneLineBytes;
    private CountingInputStream lineBytes;
    private long items;

    IngestSources(List<String> inputs, Options options, String url, InputStream stdin) {
        this.inputs = new ArrayDeque<>(inputs);
        this.options = options;
        this.url = url;
        this.stdin = stdin;
    }

    /** Number of inputs when each is one page (no WARC, JSON Lines or stdin), else -1. */
    static long knownTotal(List<String> inputs) {
        long n = 0;
        for (String in : inputs) {
            if ("-".equals(in)) {
                return -1;
            }
            Path p = Path.of(in);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                        if (!onePage(f)) {
                            return -1;
                        }
                        n++;
                    }
                } catch (IOException | UncheckedIOException e) {
                    return -1;
                }
            } else {
                if (!onePage(p)) {
                    return -1;
                }
                n++;
            }
        }
        return n;
    }

    /** Total size of the input files (folders walked), or -1 when one is stdin or cannot be measured. */
    static long totalBytes(List<String> inputs) {
        long n = 0;
        for (String in : inputs) {
            if ("-".equals(in)) {
                return -1;
            }
            Path p = Path.of(in);
            try {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> walk = Files.walk(p)) {
                        for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)
                                .filter(f -> !f.getFileName().toString().startsWith("."))::iterator) {
                            n += Files.size(f);
                        }
                    }
                } else if (Files.isRegularFile(p)) {
                    n += Files.size(p);
                }
            } catch (IOException | UncheckedIOException e) {
                return -1;
            }
        }
        return n;
    }

    /** Bytes of the input files read so far (see {@link Sources#bytesRead()}); stdin is not counted. */
    long bytesRead() {
        return doneLineBytes + (lineBytes == null ? 0 : lineBytes.count) + (pages == null ? 0 : pages.bytesRead());
    }

    /** Units of work handed out so far. */
    long itemsRead() {
        return items;
    }

    private static boolean onePage(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.contains(".warc") && !isJsonLinesName(name);
    }

    private static boolean isJsonLinesName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    @Override
    public boolean hasNext() {
        fill();
        return next != null;
    }

    @Override
    public Work next() {
        fill();
        if (next == null) {
            throw new NoSuchElementException();
        }
        Work w = next;
        next = null;
        items++;
        return w;
    }

    private void fill() {
        while (next == null) {
            if (lines != null) {
                try {
                    String line = lines.readLine();
                    if (line == null) {
                        closeLines();
                        continue;
                    }
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    String input = linesInput + ":" + lineNo;
                    next = line == LineReader.TOO_LONG
                            ? new LineWork(input, null, "line longer than " + options.maxPageBytes() + " characters")
                            : new LineWork(input, line, null);
                } catch (IOException e) {
                    next = new SourceWork(new Item.FailedItem(new Failure(linesInput,
                            "cannot read after line " + lineNo + ": " + e.getMessage())));
                    closeLines();
                }
                return;
            }
            if (pages != null) {
                if (pages.hasNext()) {
                    next = new SourceWork(pages.next());
                    return;
                }
                doneLineBytes += pages.bytesRead();
                pages.close();
                pages = null;
                continue;
            }
            if (inputs.isEmpty()) {
                return;
            }
            open(inputs.poll());
        }
    }

    private void open(String input) {
        if ("-".equals(input)) {
            BufferedInputStream buffered = new BufferedInputStream(stdin, 1 << 16);
            try {
                buffered.mark(Sniffer.SNIFF_BYTES);
                byte[] head = buffered.readNBytes(Sniffer.SNIFF_BYTES);
                buffered.reset();
                PushbackInputStream in = new PushbackInputStream(buffered, 1);
                if (Sniffer.feedName(head) == null && firstNonSpace(in) == '{') {
                    startLines(input, in);
                    return;
                }
                pages = new Sources(List.of(input), options, url, in);
                return;
            } catch (IOException e) {
                next = new SourceWork(new Item.FailedItem(new Failure(input, "cannot read standard input: " + e.getMessage())));
                return;
            }
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            List<String> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .map(Path::toString).sorted().forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                next = new SourceWork(new Item.FailedItem(new Failure(input, "cannot list directory: " + e.getMessage())));
                return;
            }
            for (int i = files.size() - 1; i >= 0; i--) {
                inputs.addFirst(files.get(i));
            }
            return;
        }
        if (Files.isRegularFile(path) && isJsonLines(path)) {
            try {
                lineBytes = new CountingInputStream(Files.newInputStream(path));
                InputStream raw = new BufferedInputStream(lineBytes, 1 << 16);
                startLines(input, gunzipIfNeeded(raw));
            } catch (IOException e) {
                next = new SourceWork(new Item.FailedItem(new Failure(input, "cannot read file: " + e.getMessage())));
            }
            return;
        }
        pages = new Sources(List.of(input), options, url, stdin);
    }

    private boolean isJsonLines(Path path) {
        if (isJsonLinesName(path.getFileName().toString())) {
            return true;
        }
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).contains(".warc")) {
            return false;
        }
        try (InputStream in = gunzipIfNeeded(new BufferedInputStream(Files.newInputStream(path)))) {
            byte[] head = in.readNBytes(Sniffer.SNIFF_BYTES);
            // A JSON Feed is one JSON object too: it goes to the page reader, which refuses it.
            return Sniffer.feedName(head) == null && firstNonSpace(new java.io.ByteArrayInputStream(head)) == '{';
        } catch (IOException e) {
            return false; // the page path reports the reason
        }
    }

    private static InputStream gunzipIfNeeded(InputStream in) throws IOException {
        in.mark(2);
        byte[] head = in.readNBytes(2);
        in.reset();
        return head.length == 2 && Sniffer.isGzip(head) ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16)) : in;
    }

    /** The first byte that is not white space or a UTF-8 byte order mark (pushed back when the stream allows). */
    private static int firstNonSpace(InputStream in) throws IOException {
        for (int i = 0; i < 4096; i++) {
            int b = in.read();
            if (b < 0) {
                return -1;
            }
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF) {
                continue;
            }
            if (in instanceof PushbackInputStream p) {
                p.unread(b);
            }
            return b;
        }
        return -1;
    }

    private void startLines(String input, InputStream in) {
        lines = new LineReader(in, options.maxPageBytes());
        linesInput = input;
        lineNo = 0;
    }

    private void closeLines() {
        try {
            lines.close();
        } catch (IOException e) {
            // done with it
        }
        lines = null;
        if (lineBytes != null) {
            doneLineBytes += lineBytes.count;
            lineBytes = null;
        }
    }

    /** Counts the bytes read through it (for the progress estimate). */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long k = super.skip(n);
            count += k;
            return k;
        }
    }

    @Override
    public void close() {
        if (lines != null) {
            closeLines();
        }
        if (pages != null) {
            pages.close();
        }
    }

    /** UTF-8 lines with a length bound: a longer line is skipped whole and reported, never buffered. */
    static final class LineReader implements AutoCloseable {
        static final String TOO_LONG = new String("\u0000too long");
        private final java.io.Reader in;
        private final int max;

        LineReader(InputStream in, int max) {
            this.in = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            this.max = max;
        }

        String readLine() throws IOException {
            StringBuilder sb = new StringBuilder();
            boolean tooLong = false;
            int c;
            boolean any = false;
            while ((c = in.read()) >= 0) {
                any = true;
                if (c == '\n') {
                    break;
                }
                if (!tooLong) {
                    if (sb.length() >= max) {
                        tooLong = true;
                        sb.setLength(0);
                    } else {
                        sb.append((char) c);
                    }
                }
            }
            if (!any) {
                return null;
            }
            if (tooLong) {
                return TOO_LONG;
            }
            int len = sb.length();
            if (len > 0 && sb.charAt(len - 1) == '\r') {
                sb.setLength(len - 1);
            }
            return sb.toString();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
