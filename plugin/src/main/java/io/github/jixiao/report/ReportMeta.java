package io.github.jixiao.report;

import io.github.jixiao.validate.SchemaCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What produced a report: plugin version, schema version and a timestamp taken from the build
 * ({@code project.build.outputTimestamp}), never the clock.
 */
public record ReportMeta(String pluginVersion, String schemaVersion, String timestamp) {

    public static String currentPluginVersion() {
        try (InputStream in = ReportMeta.class.getResourceAsStream("/io/github/jixiao/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    public static ReportMeta of(String timestamp) {
        return new ReportMeta(currentPluginVersion(), SchemaCatalog.SCHEMA_VERSION, timestamp == null ? "" : timestamp);
    }
}
