package io.github.jixiao.load;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The properties of a {@link Located.Obj}, in the order they were added: the names and the values in two arrays,
 * where the {@code LinkedHashMap} Jackson's {@code ObjectNode} makes keeps a table and a six-field entry per property.
 * A department's 600 indicator rows have five to nine properties each: about 130 bytes a row here against 450, and a row's
 * names and values in two short arrays that every later walk (the schema pre-check, binding, the rules, the reports)
 * reads in order, where the entries lay between the values' nodes and strings.
 *
 * <p>A name is found by comparing the names in turn (by reference first: the parser gives a file's names as the same
 * Strings, their hashes kept in them), up to {@link #LINEAR} properties; an object with more gets an index by name as
 * it grows, so that adding, finding and replacing stay constant time on any file (an object of a million properties,
 * duplicate detection included: {@link TreeReader} asks {@link #put} for the replaced value). Reading never changes
 * anything, so a tree may be read by several threads once built. A general {@link Map} otherwise (equality, hashing,
 * removal, iteration with removal), as {@code ObjectNode}'s methods need; but a removal costs the object's size (the
 * arrays close up and an index is made again), where a {@code LinkedHashMap}'s is constant: emptying an object of
 * 50,000 properties one by one took 36 s (session 28's review). The loaded trees are never edited (only
 * {@link TreeReader} writes them, by {@link #put}); code that must remove many properties copies the object first.
 */
final class Props extends AbstractMap<String, JsonNode> {
    /** Objects with up to this many properties are searched in turn. */
    static final int LINEAR = 16;

    private String[] keys;
    private JsonNode[] values;
    private int size;
    /** Position by name, once there are more than {@link #LINEAR} properties; else null. */
    private HashMap<String, Integer> index;
    /** Changes of the set of names (for the iterators' fail-fast check). */
    private int modCount;

    private static final String[] NO_KEYS = new String[0];
    private static final JsonNode[] NO_VALUES = new JsonNode[0];

    Props() {
        keys = NO_KEYS;
        values = NO_VALUES;
    }

    private int find(Object key) {
        if (!(key instanceof String k)) {
            return -1;
        }
        if (index != null) {
            Integer at = index.get(k);
            return at == null ? -1 : at;
        }
        String[] ks = keys;
        int n = size;
        for (int i = 0; i < n; i++) {
            if (ks[i] == k) {
                return i;
            }
        }
        int h = k.hashCode();
        for (int i = 0; i < n; i++) {
            String s = ks[i];
            if (s.hashCode() == h && s.equals(k)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public JsonNode get(Object key) {
        int i = find(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key) >= 0;
    }

    @Override
    public JsonNode put(String key, JsonNode value) {
        Objects.requireNonNull(key, "property name");
        int i = find(key);
        if (i >= 0) {
            JsonNode old = values[i];
            values[i] = value;
            return old;
        }
        if (size == keys.length) {
            int n = Math.max(8, 2 * size);
            keys = Arrays.copyOf(keys, n);
            values = Arrays.copyOf(values, n);
        }
        keys[size] = key;
        values[size] = value;
        size++;
        modCount++;
        if (index != null) {
            index.put(key, size - 1);
        } else if (size > LINEAR) {
            reindex();
        }
        return null;
    }

    @Override
    public JsonNode remove(Object key) {
        int i = find(key);
        if (i < 0) {
            return null;
        }
        JsonNode old = values[i];
        removeAt(i);
        return old;
    }

    private void removeAt(int i) {
        int after = size - i - 1;
        System.arraycopy(keys, i + 1, keys, i, after);
        System.arraycopy(values, i + 1, values, i, after);
        size--;
        keys[size] = null;
        values[size] = null;
        modCount++;
        if (index != null) {
            if (size > LINEAR) {
                reindex();
            } else {
                index = null;
            }
        }
    }

    private void reindex() {
        HashMap<String, Integer> m = new HashMap<>(Math.max(32, size * 2));
        for (int i = 0; i < size; i++) {
            m.put(keys[i], i);
        }
        index = m;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public void clear() {
        Arrays.fill(keys, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
        index = null;
        modCount++;
    }

    @Override
    public Set<Map.Entry<String, JsonNode>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, JsonNode>> iterator() {
                return new Entries();
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** The properties in order; {@link #remove()} removes the last one returned. */
    private final class Entries implements Iterator<Map.Entry<String, JsonNode>> {
        private int next;
        private int last = -1;
        private int expected = modCount;

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public Map.Entry<String, JsonNode> next() {
            if (expected != modCount) {
                throw new ConcurrentModificationException();
            }
            if (next >= size) {
                throw new NoSuchElementException();
            }
            last = next++;
            return new Entry(last);
        }

        @Override
        public void remove() {
            if (last < 0) {
                throw new IllegalStateException();
            }
            if (expected != modCount) {
                throw new ConcurrentModificationException();
            }
            removeAt(last);
            next = last;
            last = -1;
            expected = modCount;
        }
    }

    /** One property: its value written through to the object. */
    private final class Entry implements Map.Entry<String, JsonNode> {
        private final String key;
        private final int at;

        Entry(int at) {
            this.key = keys[at];
            this.at = at;
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public JsonNode getValue() {
            // the value at the entry's place while the property is still there (as a LinkedHashMap's entry reads it)
            return at < size && keys[at] == key ? values[at] : Props.this.get(key);
        }

        @Override
        public JsonNode setValue(JsonNode value) {
            int i = at < size && keys[at] == key ? at : find(key);
            if (i < 0) {
                throw new IllegalStateException("property " + key + " was removed");
            }
            JsonNode old = values[i];
            values[i] = value;
            return old;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Map.Entry<?, ?> e && key.equals(e.getKey()) && Objects.equals(getValue(), e.getValue());
        }

        @Override
        public int hashCode() {
            return key.hashCode() ^ Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return key + "=" + getValue();
        }
    }
}
