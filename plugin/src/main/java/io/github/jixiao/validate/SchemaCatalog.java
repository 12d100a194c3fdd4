package io.github.jixiao.validate;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of the submission format, compiled once and shared by every file and thread. Schema
 * ids under {@link #ID_PREFIX} resolve from the plugin's class path; nothing else is ever fetched
 * (networknt's remote fetching stays off, and only our prefix is allowed).
 */
public final class SchemaCatalog {
    public static final String ID_PREFIX = "https://jixiao.github.io/schemas/";
    public static final String VERSION = "v1";
    public static final String SCHEMA_VERSION = "1.0";

    /** File roles of a submission, each with its own schema. */
    public static final List<String> ROLES = List.of(
            "department", "budget", "adjustments", "tasks", "indicators", "management", "self-assessment");

    private static final SchemaCatalog INSTANCE = new SchemaCatalog();

    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private SchemaCatalog() {
        // fail early (at class init) if the packaged schemas are missing
        if (SchemaCatalog.class.getClassLoader().getResource("schemas/" + VERSION + "/common.schema.json") == null) {
            throw new IllegalStateException("schemas missing from the class path");
        }
    }

    /**
     * networknt's registry, built on first use: building it loads much of the library (~60 ms), which a
     * submission that {@link FastSchema} proves valid never needs.
     */
    private static final class Registry {
        static final SchemaRegistry INSTANCE = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
                .schemaLoader(l -> l
                        .fetchRemoteResources(false)
                        .allow(iri -> iri.toString().startsWith(ID_PREFIX)
                                || iri.toString().startsWith("https://json-schema.org/draft/2020-12/")
                                || iri.toString().startsWith("classpath:"))
                        .schemaIdResolvers(r -> r.mapPrefix(ID_PREFIX, "classpath:schemas/"))));
    }

    public static SchemaCatalog get() {
        return INSTANCE;
    }

    public static String idOf(String role) {
        return ID_PREFIX + VERSION + "/" + role + ".schema.json";
    }

    /** The role named by a schema id, or null when the id is not one of ours. */
    public static String roleOf(String schemaId) {
        if (schemaId == null) {
            return null;
        }
        for (String r : ROLES) {
            if (idOf(r).equals(schemaId)) {
                return r;
            }
        }
        return null;
    }

    /** True when the id is on our prefix but of a version or name this plugin does not know. */
    public static boolean isOurs(String schemaId) {
        return schemaId != null && schemaId.startsWith(ID_PREFIX);
    }

    /** The compiled schema of a role (compiled on first use, then shared). */
    public Schema schema(String role) {
        return compiled.computeIfAbsent(role, r -> {
            Schema s = Registry.INSTANCE.getSchema(SchemaLocation.of(idOf(r)));
            s.initializeValidators();
            return s;
        });
    }

    /** A schema from the class path by resource name (e.g. the framework schema). */
    public Schema schemaResource(String id) {
        return compiled.computeIfAbsent(id, i -> {
            Schema s = Registry.INSTANCE.getSchema(SchemaLocation.of(i));
            s.initializeValidators();
            return s;
        });
    }

    /** Opens a packaged schema file (for docs and tests). */
    public static InputStream open(String role) {
        return SchemaCatalog.class.getClassLoader().getResourceAsStream("schemas/" + VERSION + "/" + role + ".schema.json");
    }
}
