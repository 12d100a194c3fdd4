package io.github.jixiao.lint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed list of words, and which of them a text contains: the earliest word of the list that occurs anywhere in
 * the text, as {@code words.stream().filter(text::contains).findFirst()} answers, in one pass over the text (the
 * rules ask this of every indicator's name, and a list of twenty words meant twenty scans).
 */
final class WordList {
    private final List<String> words;
    /** The first characters of the words, sorted, and for each the indexes of the words starting with it, in list order. */
    private final char[] firstChars;
    private final int[][] byFirst;
    /** The first characters, as bits (65,536 of them): most characters of a name start no word, and are let go here. */
    private final long[] firsts = new long[1024];

    WordList(List<String> words) {
        this.words = List.copyOf(words);
        Map<Character, List<Integer>> m = new HashMap<>();
        for (int k = 0; k < this.words.size(); k++) {
            String w = this.words.get(k);
            if (w.isEmpty()) {
                throw new IllegalArgumentException("an empty word matches everything");
            }
            m.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(k);
        }
        // a sorted array searched by bisection: a map keyed by Character boxed every candidate character of every name
        firstChars = new char[m.size()];
        byFirst = new int[m.size()][];
        int n = 0;
        for (Character c : new java.util.TreeSet<>(m.keySet())) {
            firstChars[n] = c;
            byFirst[n++] = m.get(c).stream().mapToInt(Integer::intValue).toArray();
            firsts[c >>> 6] |= 1L << (c & 63);
        }
    }

    static WordList of(String... words) {
        return new WordList(List.of(words));
    }

    /** The words of {@code first}, then those of {@code then}. */
    static WordList concat(WordList first, WordList then) {
        List<String> all = new ArrayList<>(first.words);
        all.addAll(then.words);
        return new WordList(all);
    }

    List<String> words() {
        return words;
    }

    /** The earliest-listed word that {@code text} contains, or null. */
    String firstIn(String text) {
        int k = indexIn(text);
        return k < 0 ? null : words.get(k);
    }

    /** The index of the earliest-listed word that {@code text} contains, or -1. */
    int indexIn(String text) {
        if (text == null) {
            return -1;
        }
        int best = Integer.MAX_VALUE;
        for (int p = 0; p < text.length(); p++) {
            char ch = text.charAt(p);
            if ((firsts[ch >>> 6] & 1L << (ch & 63)) == 0) {
                continue;
            }
            int at = java.util.Arrays.binarySearch(firstChars, ch);
            if (at < 0) {
                continue;
            }
            int[] cands = byFirst[at];
            for (int k : cands) {
                if (k >= best) {
                    break;
                }
                if (text.startsWith(words.get(k), p)) {
                    best = k;
                    break;
                }
            }
            if (best == 0) {
                break;
            }
        }
        return best == Integer.MAX_VALUE ? -1 : best;
    }

    /** Whether {@code text} contains any of the words. */
    boolean anyIn(String text) {
        return firstIn(text) != null;
    }
}
