package org.dateline.source;

import org.dateline.DatelineException;
import org.dateline.Options;
import org.dateline.page.Gzip;
import org.dateline.page.InputFormat;
import org.dateline.page.Page;
import org.dateline.page.Sniffer;
import org.dateline.record.Failure;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Turns what the user named (files, directories, {@code -}) into a lazy stream of {@link Item}s.
 * Directories are walked recursively in sorted order; WARC files are streamed record by record,
 * so memory stays flat whatever the input size. Not thread-safe: one consumer.
 */
public final class Sources implements Iterator<Item>, AutoCloseable {

    private final Deque<String> inputs;
    private final Options options;
    private final String url;
    private final InputStream stdin;
    private final Deque<Item> ready = new ArrayDeque<>();
    private WarcPages warc;

    /**
     * @param inputs  paths or {@code -}
     * @param options the flow's options (input format, size limit)
     * @param url     the page URL for a single input ({@code --url}), else null
     * @param stdin   what {@code -} reads
     */
    public Sources(List<String> inputs, Options options, String url, InputStream stdin) {
        this.inputs = new ArrayDeque<>(inputs);
        this.options = options;
        this.url = url;
        this.stdin = stdin;
    }

    @Override
    public boolean hasNext() {
        fill();
        return !ready.isEmpty();
    }

    @Override
    public Item next() {
        fill();
        if (ready.isEmpty()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private void fill() {
        while (ready.isEmpty()) {
            if (warc != null) {
                Item i = warc.next();
                if (i != null) {
                    ready.add(i);
                    return;
                }
                warc.close();
                warc = null;
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
            try {
                byte[] bytes = Gzip.readBounded(stdin, options.maxPageBytes(), "standard input");
                addBytes(input, bytes);
            } catch (IOException | DatelineException e) {
                ready.add(failed(input, "cannot read standard input: " + e.getMessage()));
            }
            return;
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            List<String> files = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .map(Path::toString)
                        .sorted()
                        .forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                ready.add(failed(input, "cannot list directory: " + e.getMessage()));
                return;
            }
            for (int i = files.size() - 1; i >= 0; i--) {
                inputs.addFirst(files.get(i));
            }
            return;
        }
        if (!Files.exists(path)) {
            ready.add(failed(input, "no such file"));
            return;
        }
        if (!Files.isReadable(path)) {
            ready.add(failed(input, "cannot read file (permission denied)"));
            return;
        }
        try {
            if (isWarc(path)) {
                warc = new WarcPages(input, path, options);
                return;
            }
            long size = Files.size(path);
            if (size > options.maxPageBytes()) {
                ready.add(failed(input, "file of " + size + " bytes is over the page limit of " + options.maxPageBytes()));
                return;
            }
            addBytes(input, Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            ready.add(failed(input, "no such file"));
        } catch (AccessDeniedException e) {
            ready.add(failed(input, "cannot read file (permission denied)"));
        } catch (IOException e) {
            ready.add(failed(input, "cannot read file: " + e.getMessage()));
        }
    }

    private void addBytes(String input, byte[] bytes) {
        Page page = new Page(input, bytes, url, null, null, options.format());
        ready.add(new Item.PageItem(page));
    }

    /** WARC by option, or by magic: "WARC/" at the start, plain or inside gzip. */
    private boolean isWarc(Path path) throws IOException {
        if (options.format() == InputFormat.WARC) {
            return true;
        }
        if (options.format() != InputFormat.AUTO) {
            return false;
        }
        byte[] head = new byte[16];
        int n;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 2 && Sniffer.isGzip(head)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(path), 512)) {
                byte[] inner = in.readNBytes(5);
                return new String(inner, java.nio.charset.StandardCharsets.ISO_8859_1).equals("WARC/");
            } catch (IOException e) {
                return false; // a broken gzip: the page path reports it with its reason
            }
        }
        return n >= 5 && new String(head, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("WARC/");
    }

    private static Item failed(String input, String reason) {
        return new Item.FailedItem(new Failure(input, reason));
    }

    @Override
    public void close() {
        if (warc != null) {
            warc.close();
            warc = null;
        }
    }
}
