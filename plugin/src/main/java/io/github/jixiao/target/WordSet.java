package io.github.jixiao.target;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a text holds any word of a fixed list, in one pass over the text: at each position only the words starting
 * with that character (a 256-slot table by the character's low byte) are compared. {@link Direction} asks it of
 * every indicator's name against lists of up to 50 words, which a {@code contains} per word (76 scans of the name for
 * a bare target) made a sixth of the binding. {@code WordSetTest} holds it to {@code words.stream().anyMatch(text::contains)}.
 */
final class WordSet {
    private final String[][] byFirst = new String[256][];
    /** The words in the order listed ({@link #first}). */
    private final List<String> words;

    WordSet(List<String> words) {
        this.words = List.copyOf(words);
        List<List<String>> slots = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            slots.add(null);
        }
        for (String w : words) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("empty word");
            }
            int k = w.charAt(0) & 0xFF;
            if (slots.get(k) == null) {
                slots.set(k, new ArrayList<>());
            }
            slots.get(k).add(w);
        }
        for (int i = 0; i < 256; i++) {
            if (slots.get(i) != null) {
                byFirst[i] = slots.get(i).toArray(String[]::new);
            }
        }
    }

    /**
     * The word of the list that {@code text} holds at {@code at} (the first in the list's order, when several do), or null:
     * the loop "a word of this list at index i" (StatedMiss's 未能发生, WorkLeft's 正在发挥作用) spelt once, comparing only the
     * words that begin with the character there.
     */
    String at(String text, int at) {
        if (at < 0 || at >= text.length()) {
            return null;
        }
        String[] ws = byFirst[text.charAt(at) & 0xFF];
        if (ws != null) {
            for (String w : ws) {
                if (text.startsWith(w, at)) {
                    return w;
                }
            }
        }
        return null;
    }

    /** Whether {@code text} (null: no) contains one of the words. */
    boolean foundIn(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0, n = text.length(); i < n; i++) {
            if (at(text, i) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The earliest-listed word that {@code text} (null: none) contains, or null: {@code words.stream().filter(text::contains)
     * .findFirst()}, in one pass over the text (lint's WordList.firstIn, for {@link AimRate}'s aim words).
     */
    String first(String text) {
        if (text == null) {
            return null;
        }
        int best = Integer.MAX_VALUE;
        for (int i = 0, n = text.length(); i < n && best > 0; i++) {
            String[] ws = byFirst[text.charAt(i) & 0xFF];
            if (ws == null) {
                continue;
            }
            for (String w : ws) {
                if (text.startsWith(w, i)) {
                    best = Math.min(best, words.indexOf(w));
                }
            }
        }
        return best == Integer.MAX_VALUE ? null : words.get(best);
    }
}
