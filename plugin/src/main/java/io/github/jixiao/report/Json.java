package io.github.jixiao.report;

import io.github.jixiao.text.Utf8;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON writer of the reports: pretty, '\n' line ends, map order as built (deterministic). The text is the one
 * Jackson's generator wrote with its default pretty printer ({@code "name" : value}, two spaces a level, {@code [ ]}
 * and <code>{ }</code> when empty), written here as UTF-8 bytes straight from the tree: the generator's per-token
 * bookkeeping and indenter were most of findings.json's, SARIF's and score-summary.json's time (benchmark/README.md,
 * issue 17). {@code JsonTest} holds it to that generator (kept in the test sources) on random trees and texts.
 * Reading report files back ({@link ReportModel#read}) still goes through Jackson ({@link #mapper}).
 */
public final class Json {
    private Json() {
    }

    /** The text {@link #content} writes. */
    public static String write(Object value) {
        Out o = new Out(value);
        return new String(o.b, 0, o.n, StandardCharsets.UTF_8);
    }

    /**
     * {@link #write} as it goes to a file: the same UTF-8 bytes, in one write. A tree holds maps (keys as
     * {@link String#valueOf}), lists, records (components in order; one marked {@code @JsonInclude(NON_NULL)} left out
     * when null), strings, {@link Integer}, {@link Long}, {@link BigDecimal} ({@code toString()}, as Jackson writes
     * it), booleans and nulls; anything else is a programming error.
     */
    public static AtomicFiles.Content content(Object value) {
        return out -> {
            Out o = new Out(value, BUFFER.get()[0]);
            try {
                out.write(o.b, 0, o.n);
            } finally {
                if (o.b.length <= KEEP) {
                    BUFFER.get()[0] = o.b; // grown: the larger one is kept
                }
            }
        };
    }

    /**
     * Each thread's buffer for the documents it writes to files, reused from document to document: a new 32 KB buffer a
     * document (and findings.sarif's growth to 64 KB) were allocated and zeroed for every file. One document at a time
     * on a thread: its bytes are written out before the next is built.
     */
    private static final ThreadLocal<byte[][]> BUFFER = ThreadLocal.withInitial(() -> new byte[][] {new byte[64 * 1024]});

    /** A buffer grown beyond this (a huge submission's findings) is not kept by the thread. */
    private static final int KEEP = 1 << 20;

    /**
     * A subtree that is the same in every run (a rule's description in SARIF: half of findings.sarif's bytes), written
     * once per JVM at each indentation level it appears at and kept as bytes, so a run copies them instead of building
     * and encoding the maps again. {@code key} names it for the life of the JVM: two {@code Fixed} with the same key
     * must have the same tree.
     */
    record Fixed(String key, java.util.function.Supplier<Object> tree) {
    }

    private record FixedAt(String key, int level) {
        // written out: a record's own equals and hashCode are linked at their first call through
        // java.lang.runtime.ObjectMethods, whose method-handle forms are some 40 classes generated in a build's cold JVM
        // for this one map key (issue 17, the cold start); the same values as the record's own
        @Override
        public boolean equals(Object o) {
            return o instanceof FixedAt f && level == f.level && java.util.Objects.equals(key, f.key);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Objects.hashCode(key) + level;
        }
    }

    /** The bytes of each {@link Fixed} at each level it was written at (shared by the threads writing reports). */
    private static final java.util.concurrent.ConcurrentHashMap<FixedAt, byte[]> FIXED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The document's bytes, the final line end included. */
    private static final class Out {
        byte[] b;
        int n;
        /** The string being written, copied out of it. */
        private char[] chars = new char[256];

        Out(Object root) {
            this(root, new byte[32 * 1024]);
        }

        /** The document written into {@code buffer} (grown into a new array when it is too small). */
        Out(Object root, byte[] buffer) {
            b = buffer;
            value(root, 0);
            room(1);
            b[n++] = '\n';
        }

        /** An empty buffer (a component's name is encoded into it). */
        Out() {
            b = new byte[64];
        }

        /** A subtree's bytes as they stand at {@code level} (no line end after them). */
        Out(Object tree, int level) {
            b = new byte[4 * 1024];
            value(tree, level);
        }

        private void room(int more) {
            if (n + more > b.length) {
                b = java.util.Arrays.copyOf(b, Math.max(b.length * 2, n + more));
            }
        }

        private void ascii(String s) {
            int len = s.length();
            room(len);
            for (int i = 0; i < len; i++) {
                b[n++] = (byte) s.charAt(i);
            }
        }

        /** The line end and indentation before the next entry at {@code level}. */
        private void indent(int level) {
            room(1 + 2 * level);
            b[n++] = '\n';
            for (int i = 0; i < level; i++) {
                b[n++] = ' ';
                b[n++] = ' ';
            }
        }

        /** After the last entry: the closing bracket on its own line, or {@code [ ]} / <code>{ }</code> when none. */
        private void close(boolean any, int level, char bracket) {
            if (any) {
                indent(level);
            } else {
                room(1);
                b[n++] = ' ';
            }
            room(1);
            b[n++] = (byte) bracket;
        }

        private void name(String name, boolean first, int level) {
            if (!first) {
                room(1);
                b[n++] = ',';
            }
            indent(level);
            string(name);
            room(3);
            b[n++] = ' ';
            b[n++] = ':';
            b[n++] = ' ';
        }

        private void value(Object v, int level) {
            if (v == null) {
                ascii("null");
            } else if (v instanceof String s) {
                string(s);
            } else if (v instanceof Map<?, ?> m) {
                room(1);
                b[n++] = '{';
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    name(String.valueOf(e.getKey()), first, level + 1);
                    value(e.getValue(), level + 1);
                    first = false;
                }
                close(!first, level, '}');
            } else if (v instanceof List<?> l) {
                room(1);
                b[n++] = '[';
                boolean first = true;
                for (Object o : l) {
                    if (!first) {
                        room(1);
                        b[n++] = ',';
                    }
                    indent(level + 1);
                    value(o, level + 1);
                    first = false;
                }
                close(!first, level, ']');
            } else if (v instanceof Integer || v instanceof Long || v instanceof BigDecimal) {
                ascii(v.toString());
            } else if (v instanceof Fixed f) {
                byte[] bytes = FIXED.get(new FixedAt(f.key(), level));
                if (bytes == null) {
                    Out o = new Out(f.tree().get(), level);
                    bytes = java.util.Arrays.copyOf(o.b, o.n);
                    FIXED.putIfAbsent(new FixedAt(f.key(), level), bytes);
                }
                room(bytes.length);
                System.arraycopy(bytes, 0, b, n, bytes.length);
                n += bytes.length;
            } else if (v instanceof Boolean bool) {
                ascii(bool ? "true" : "false");
            } else if (v instanceof Record r) {
                room(1);
                b[n++] = '{';
                boolean first = true;
                for (Component c : COMPONENTS.get(r.getClass())) {
                    Object value = c.get(r);
                    if (value == null && c.omitNull()) {
                        continue;
                    }
                    if (!first) {
                        room(1);
                        b[n++] = ',';
                    }
                    indent(level + 1);
                    byte[] name = c.name(); // "name" : , encoded once per class
                    room(name.length);
                    System.arraycopy(name, 0, b, n, name.length);
                    n += name.length;
                    value(value, level + 1);
                    first = false;
                }
                close(!first, level, '}');
            } else {
                throw new IllegalArgumentException("not a report tree value: " + v.getClass().getName());
            }
        }

        private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

        /**
         * A JSON string as Jackson writes it: {@code "} and {@code \} escaped, the controls below U+0020 as
         * {@code \b \t \n \f \r} or "backslash u00XX", everything else as UTF-8 (a surrogate pair as one 4-byte
         * character), but a lone surrogate as U+FFFD, as every output shows it (Jackson wrote its backslash-u escape,
         * which a strict reader refuses and no reader shows as a character).
         */
        private void string(String s) {
            int len = s.length();
            room(len * 6 + 2);
            if (chars.length < len) {
                chars = new char[Math.max(len, chars.length * 2)];
            }
            char[] cs = chars;
            s.getChars(0, len, cs, 0); // one copy, then no bounds or coder check per character (as charAt made)
            byte[] a = b;
            int k = n;
            a[k++] = '"';
            for (int i = 0; i < len; i++) {
                char c = cs[i];
                if (c >= 0x800 && c < 0xD800) { // CJK, most of a Chinese message: three bytes, tested first
                    a[k] = (byte) (0xE0 | c >> 12);
                    a[k + 1] = (byte) (0x80 | c >> 6 & 0x3F);
                    a[k + 2] = (byte) (0x80 | c & 0x3F);
                    k += 3;
                } else if (c < 0x80) {
                    if (c >= 0x20 && c != '"' && c != '\\') {
                        a[k++] = (byte) c;
                        continue;
                    }
                    a[k++] = '\\';
                    switch (c) {
                        case '"', '\\' -> a[k++] = (byte) c;
                        case '\b' -> a[k++] = 'b';
                        case '\t' -> a[k++] = 't';
                        case '\n' -> a[k++] = 'n';
                        case '\f' -> a[k++] = 'f';
                        case '\r' -> a[k++] = 'r';
                        default -> k = unicodeEscape(a, k, c);
                    }
                } else if (!Character.isSurrogate(c)) {
                    k = Utf8.put(a, k, c);
                } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(cs[i + 1])) {
                    k = Utf8.put(a, k, Character.toCodePoint(c, cs[++i]));
                } else {
                    k = Utf8.replacement(a, k); // a lone surrogate ("\\uD800" in a file, an .xlsx cell's _xD800_): U+FFFD
                }
            }
            a[k++] = '"';
            n = k;
        }

        /** {@code uXXXX} (the backslash already written), upper-case hex. */
        private static int unicodeEscape(byte[] a, int k, char c) {
            a[k++] = 'u';
            a[k++] = HEX[c >> 12 & 0xF];
            a[k++] = HEX[c >> 8 & 0xF];
            a[k++] = HEX[c >> 4 & 0xF];
            a[k++] = HEX[c & 0xF];
            return k;
        }
    }

    /**
     * A record component as written: its name as the document writes it ({@code "name" : }, encoded once per class,
     * not per record), its accessor and whether a null is left out. (A method handle, not inlined where it is not a
     * constant, cost more a call than {@code Method.invoke} in a profile of ReportBenchmark.)
     */
    private record Component(byte[] name, java.lang.reflect.Method accessor, boolean omitNull) {
        Object get(Record r) {
            try {
                return accessor.invoke(r, NO_ARGUMENTS); // not invoke(r): javac makes a new empty array at every call
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The arguments of a record's accessor: none (one array for every call, read by no one). */
    private static final Object[] NO_ARGUMENTS = {};

    /** {@code "name" : } as {@link Out#name} writes it after the indentation. */
    private static byte[] nameBytes(String name) {
        Out o = new Out();
        o.string(name);
        o.room(3);
        o.b[o.n++] = ' ';
        o.b[o.n++] = ':';
        o.b[o.n++] = ' ';
        return java.util.Arrays.copyOf(o.b, o.n);
    }

    /** The report records' components, looked up once per class. */
    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            List<Component> out = new java.util.ArrayList<>();
            for (java.lang.reflect.RecordComponent rc : type.getRecordComponents()) {
                java.lang.reflect.Method m = rc.getAccessor();
                m.setAccessible(true);
                com.fasterxml.jackson.annotation.JsonInclude inc = m.getAnnotation(com.fasterxml.jackson.annotation.JsonInclude.class);
                out.add(new Component(nameBytes(rc.getName()), m,
                        inc != null && inc.value() == com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL));
            }
            return List.copyOf(out);
        }
    };

    /**
     * A mapper for reading reports back (diff, aggregate): built on first use, never by {@code check} (building a
     * {@code JsonMapper} loads several hundred databind classes: the largest piece of the plugin's cold start).
     */
    public static JsonMapper mapper() {
        return Reader.MAPPER;
    }

    private static final class Reader {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }
}
