package org.dateline.analyze.lex;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lexicon of one- or multi-word phrases ("more than", "at least", "it was reported that") matched
 * against token sequences by their lower-case form, longest match first. Phrases are tokenised
 * with {@link Tokenizer}, so "a.m." and "per cent" match as the text's tokens do. Built once,
 * then read-only and thread-safe; a match costs at most the length of the longest phrase.
 *
 * @param <V> what a phrase stands for (a number, a month, a canonical name)
 */
public final class Phrases<V> {

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(4);
        V value;
        String phrase;
    }

    /** A match: the phrase as listed, its value, the index of its first token and the index after its last. */
    public record Match<V>(String phrase, V value, int start, int end) {
    }

    private final Node<V> root = new Node<>();
    private int size;

    public Phrases() {
    }

    public static Phrases<Boolean> of(Collection<String> phrases) {
        Phrases<Boolean> p = new Phrases<>();
        for (String s : phrases) {
            p.put(s, Boolean.TRUE);
        }
        return p;
    }

    /** Adds a phrase; a phrase listed twice keeps its first value. */
    public Phrases<V> put(String phrase, V value) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        if (tokens.isEmpty()) {
            return this;
        }
        Node<V> n = root;
        for (Token t : tokens) {
            n = n.next.computeIfAbsent(t.lower(), k -> new Node<>());
        }
        if (n.value == null) {
            n.value = value;
            n.phrase = phrase;
            size++;
        }
        return this;
    }

    public int size() {
        return size;
    }

    /** The longest phrase starting at token {@code i}, or null. */
    public Match<V> longest(List<Token> tokens, int i) {
        Node<V> n = root;
        Match<V> best = null;
        for (int j = i; j < tokens.size(); j++) {
            n = n.next.get(tokens.get(j).lower());
            if (n == null) {
                break;
            }
            if (n.value != null) {
                best = new Match<>(n.phrase, n.value, i, j + 1);
            }
        }
        return best;
    }

    /**
     * The longest phrase starting at token {@code i}, where the last word may also carry a
     * possessive ("Russia's" matches "Russia"); a possessive word ends the match.
     */
    public Match<V> longestPossessive(List<Token> tokens, int i) {
        Node<V> n = root;
        Match<V> best = null;
        for (int j = i; j < tokens.size(); j++) {
            String w = tokens.get(j).lower();
            if (w.endsWith("'s") && w.length() > 2) {
                Node<V> p = n.next.get(w.substring(0, w.length() - 2));
                if (p != null && p.value != null) {
                    best = new Match<>(p.phrase, p.value, i, j + 1);
                }
            }
            n = n.next.get(w);
            if (n == null) {
                break;
            }
            if (n.value != null) {
                best = new Match<>(n.phrase, n.value, i, j + 1);
            }
        }
        return best;
    }

    /** The longest phrase ending just before token {@code end} (that is, at {@code end - 1}), or null. */
    public Match<V> endingAt(List<Token> tokens, int end, int maxWords) {
        for (int start = Math.max(0, end - maxWords); start < end; start++) {
            Match<V> m = exact(tokens, start, end);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private Match<V> exact(List<Token> tokens, int start, int end) {
        Node<V> n = root;
        for (int j = start; j < end; j++) {
            n = n.next.get(tokens.get(j).lower());
            if (n == null) {
                return null;
            }
        }
        return n.value == null ? null : new Match<>(n.phrase, n.value, start, end);
    }

    /** Whether some phrase starts with this word. */
    public boolean startsWith(String lower) {
        return root.next.containsKey(lower);
    }

    /** Whether the single word is listed. */
    public boolean containsWord(String lower) {
        Node<V> n = root.next.get(lower);
        return n != null && n.value != null;
    }

    /** The value of a one-word phrase, or null. */
    public V word(String lower) {
        Node<V> n = root.next.get(lower);
        return n == null ? null : n.value;
    }
}
