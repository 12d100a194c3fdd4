package io.github.jixiao.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The oracle for {@link Json}: the reports' JSON writer as it was before issue 17, Jackson's generator with its
 * default pretty printer walking the same trees, kept verbatim so that {@code JsonTest} can hold the text writer
 * to its bytes.
 */
final class JacksonJson {
    private JacksonJson() {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter().with(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /** The text {@link #content} writes (report records included: the same walker, the same order). */
    static String write(Object value) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            content(value).writeTo(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * {@link #write} as it goes to a file: the same UTF-8 bytes, streamed. The report trees are maps, lists,
     * strings, numbers and booleans; they are walked here token by token (databind looked up a serializer for
     * every value and map key, a third of the reports' time in the benchmark). Anything else goes to databind.
     */
    static AtomicFiles.Content content(Object value) {
        return out -> {
            try (JsonGenerator g = WRITER.createGenerator(out)) {
                tree(g, value);
            }
            out.write('\n');
        };
    }

    private static void tree(JsonGenerator g, Object v) {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(wellFormed(s));
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeName(wellFormed(String.valueOf(e.getKey())));
                tree(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object o : l) {
                tree(g, o);
            }
            g.writeEndArray();
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long n) {
            g.writeNumber(n);
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Record r) {
            g.writeStartObject();
            for (Component c : COMPONENTS.get(r.getClass())) {
                Object value = c.get(r);
                if (value == null && c.omitNull()) {
                    continue;
                }
                g.writeName(c.name());
                tree(g, value);
            }
            g.writeEndObject();
        } else {
            g.writePOJO(v);
        }
    }

    /**
     * {@code s} with each lone surrogate replaced by U+FFFD, as the reports' writers show one (session 35; Jackson writes
     * its backslash-u escape): what the oracle is given, so the rest of its text is Jackson's still.
     */
    static String wellFormed(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else {
                sb.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }

    /** A record component as written: its name, its accessor and whether a null is left out. */
    private record Component(String name, java.lang.reflect.Method accessor, boolean omitNull) {
        Object get(Record r) {
            try {
                return accessor.invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
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
                out.add(new Component(rc.getName(), m, inc != null && inc.value() == com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL));
            }
            return List.copyOf(out);
        }
    };

}
