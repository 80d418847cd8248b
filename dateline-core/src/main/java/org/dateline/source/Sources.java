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
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
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
    /** The size of the WARC file being read, or -1 when it is a stream. */
    private long warcSize = -1;
    /** Bytes of the files read to their end. */
    private long doneBytes;
    /** {@link #ofStream}: the one input, opened by the caller; null once read or for path inputs. */
    private String streamInput;
    private InputStream stream;

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

    /**
     * One input already opened by the caller (a file in HDFS or object storage, a download): a WARC
     * is streamed record by record, anything else is read as one page, bounded by the page limit.
     * {@code input} names it in records and failures ({@code input#<WARC-Record-ID>} for WARC
     * records). Closing these sources closes the stream.
     */
    public static Sources ofStream(String input, InputStream in, Options options) {
        Sources s = new Sources(List.of(), options, null, InputStream.nullInputStream());
        s.streamInput = java.util.Objects.requireNonNull(input, "input");
        s.stream = java.util.Objects.requireNonNull(in, "in");
        return s;
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
                if (warcSize > 0) {
                    doneBytes += warcSize;
                }
                warcSize = -1;
                continue;
            }
            if (streamInput != null) {
                String name = streamInput;
                streamInput = null;
                openStream(name, stream, "cannot read: ");
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
            openStream("-", stdin, "cannot read standard input: ");
            return;
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            listDirectory(input, path);
            return;
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            ready.add(failed(input, "no such file"));
            return;
        }
        if (!Files.exists(path)) {
            ready.add(failed(input, "broken symbolic link (its target does not exist)"));
            return;
        }
        if (!Files.isRegularFile(path)) {
            // A FIFO, socket or device: reading it could block forever or never end.
            ready.add(failed(input, "not a regular file (a pipe, socket or device); give its content on standard input with -"));
            return;
        }
        if (!Files.isReadable(path)) {
            ready.add(failed(input, "cannot read file (permission denied)"));
            return;
        }
        try {
            if (isWarc(path)) {
                warcSize = Files.size(path);
                warc = new WarcPages(input, path, options);
                return;
            }
            long size = Files.size(path);
            doneBytes += size;
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
            ready.add(failed(input, "cannot read file: " + oneLine(e)));
        }
    }

    /**
     * Bytes of the named files read so far: the files read to their end, plus how far into the WARC
     * file being read its last record began (compressed bytes for {@code .warc.gz}). Standard input
     * and opened streams are not counted. With the files' sizes, a progress estimate for WARC input.
     */
    public long bytesRead() {
        return doneBytes + (warc != null && warcSize > 0 ? Math.min(warcSize, warc.position()) : 0);
    }

    /** Standard input or an opened stream: a WARC is streamed record by record, anything else read as one page. */
    private void openStream(String input, InputStream raw, String errorPrefix) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
            if (options.format() == InputFormat.WARC || options.format() == InputFormat.AUTO && startsWarc(in)) {
                warc = new WarcPages(input, in, options);
                return;
            }
            byte[] bytes = Gzip.readBounded(in, options.maxPageBytes(), "-".equals(input) ? "standard input" : "the input");
            addBytes(input, bytes);
        } catch (IOException | DatelineException e) {
            ready.add(failed(input, errorPrefix + oneLine(e)));
        }
    }

    /** Peeks at a stream (mark/reset) for "WARC/", plain or as the start of a gzip member. */
    private static boolean startsWarc(BufferedInputStream in) throws IOException {
        in.mark(64 * 1024);
        try {
            byte[] head = in.readNBytes(5);
            if (head.length >= 2 && Sniffer.isGzip(head)) {
                in.reset();
                byte[] member = in.readNBytes(32 * 1024);
                try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(member), 512)) {
                    return isWarcMagic(gz.readNBytes(5));
                } catch (IOException e) {
                    return false;
                }
            }
            return isWarcMagic(head);
        } finally {
            in.reset();
        }
    }

    private static boolean isWarcMagic(byte[] b) {
        return b.length == 5 && new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).equals("WARC/");
    }

    /**
     * Lists a directory's regular files, recursively, in sorted order (hidden files left out). A
     * subdirectory that cannot be listed gives one failure and the walk goes on.
     */
    private void listDirectory(String input, Path dir) {
        List<String> files = new ArrayList<>();
        List<Item> failures = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    boolean hidden = !d.equals(dir) && d.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !f.getFileName().toString().startsWith(".")) {
                        files.add(f.toString());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    failures.add(failed(f.toString(), "cannot read: " + oneLine(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            ready.add(failed(input, "cannot list directory: " + oneLine(e)));
            return;
        }
        ready.addAll(failures);
        files.sort(null);
        for (int i = files.size() - 1; i >= 0; i--) {
            inputs.addFirst(files.get(i));
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof AccessDeniedException) {
            m = "permission denied";
        }
        return m.replaceAll("\\s+", " ").strip();
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
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                // nothing left to read from it
            }
            stream = null;
            streamInput = null;
        }
    }
}
