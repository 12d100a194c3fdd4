package io.github.jixiao.target;

import java.util.function.Function;

/**
 * Answers of a pure function of a short text, shared by every run of the JVM: a direct-mapped table whose slot is fixed
 * by the text's hash, and which the first text to come keeps (a slot is written once, when empty, with an immutable
 * entry: a thread reads either nothing or a whole entry, so no lock is needed). A text longer than the bound is answered
 * each time and never kept, so a file cannot fill the table with long texts; memory is bounded by the slots.
 */
final class OnceTable<V> {
    private record Entry<V>(String key, V value) {
    }

    private final Entry<V>[] slots;
    private final int maxKey;

    /** {@code size} a power of two; texts of at most {@code maxKey} characters are kept. */
    @SuppressWarnings("unchecked")
    OnceTable(int size, int maxKey) {
        this.slots = (Entry<V>[]) new Entry[size];
        this.maxKey = maxKey;
    }

    /** {@code compute.apply(key)}, from the table when {@code key} keeps its slot. */
    V get(String key, Function<String, V> compute) {
        if (key.length() > maxKey) {
            return compute.apply(key);
        }
        int h = key.hashCode();
        int slot = (h ^ (h >>> 12)) & (slots.length - 1);
        Entry<V> e = slots[slot];
        if (e != null && e.key.equals(key)) {
            return e.value;
        }
        V v = compute.apply(key);
        if (e == null) {
            slots[slot] = new Entry<>(key, v);
        }
        return v;
    }
}
