package org.dateline.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs a function over a stream on N threads and hands the results to one consumer in input
 * order. At most {@code 4 × threads} items are in flight, so memory stays bounded whatever the
 * input size.
 */
final class OrderedPool implements AutoCloseable {

    private final int threads;
    private final ExecutorService executor;

    OrderedPool(int threads) {
        this.threads = threads;
        this.executor = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dateline-worker");
            t.setDaemon(true);
            return t;
        });
    }

    <T, R> void run(Iterator<T> items, Function<T, R> work, BiConsumer<T, R> sink) {
        if (executor == null) {
            while (items.hasNext()) {
                T item = items.next();
                sink.accept(item, work.apply(item));
            }
            return;
        }
        int window = threads * 4;
        Deque<T> pendingItems = new ArrayDeque<>();
        Deque<Future<R>> pending = new ArrayDeque<>();
        while (items.hasNext() || !pending.isEmpty()) {
            while (items.hasNext() && pending.size() < window) {
                T item = items.next();
                pendingItems.add(item);
                pending.add(executor.submit(() -> work.apply(item)));
            }
            T item = pendingItems.poll();
            R result = await(pending.poll());
            sink.accept(item, result);
        }
    }

    private static <R> R await(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(c);
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
