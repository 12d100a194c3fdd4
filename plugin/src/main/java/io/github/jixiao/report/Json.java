package io.github.jixiao.report;

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

    /** {@link #write} as it goes to a file: the same UTF-8 bytes, streamed. */
    public static AtomicFiles.Content content(Object value) {
        return out -> {
            WRITER.writeValue(out, value);
            out.write('\n');
        };
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
