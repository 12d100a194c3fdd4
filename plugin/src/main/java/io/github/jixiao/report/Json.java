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

/** The one JSON writer of the reports: pretty, '\n' line ends, map order as built (deterministic). */
public final class Json {
    private Json() {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter().with(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    public static String write(Object value) {
        return WRITER.writeValueAsString(value) + "\n";
    }

    /**
     * {@link #write} as it goes to a file: the same UTF-8 bytes, streamed. The report trees are maps, lists,
     * strings, numbers and booleans; they are walked here token by token (databind looked up a serializer for
     * every value and map key, a third of the reports' time in the benchmark). Anything else goes to databind.
     */
    public static AtomicFiles.Content content(Object value) {
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
            g.writeString(s);
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeName(String.valueOf(e.getKey()));
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
        } else {
            g.writePOJO(v);
        }
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
