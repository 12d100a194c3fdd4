package io.github.jixiao.report;

import io.github.jixiao.validate.SchemaCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * What produced a report: plugin version, schema version and a timestamp taken from the build
 * ({@code project.build.outputTimestamp}), never the clock; {@code rulesUrl}, the address where the organisation
 * publishes docs/rules.md ({@code jixiao.rulesUrl}), or null: the reports then link no rule anywhere (jixiao is in no
 * public repository, so no address is assumed), and the rule's help text stays in SARIF.
 */
public record ReportMeta(String pluginVersion, String schemaVersion, String timestamp, String rulesUrl) {

    public ReportMeta(String pluginVersion, String schemaVersion, String timestamp) {
        this(pluginVersion, schemaVersion, timestamp, null);
    }

    public ReportMeta {
        rulesUrl = rulesUrl == null || rulesUrl.isBlank() ? null : rulesUrl.strip();
    }

    /** As this, with the rules' address. */
    public ReportMeta withRulesUrl(String url) {
        return new ReportMeta(pluginVersion, schemaVersion, timestamp, url);
    }

    /** A rule's entry in the published docs/rules.md ({@code <rulesUrl>#<rule>}), or null when no address is set. */
    public String ruleLink(String rule) {
        return rulesUrl == null ? null : rulesUrl + "#" + rule;
    }

    /** Whether {@code url} can be the rules' address: http or https, no space, no quote or angle bracket. */
    public static boolean validRulesUrl(String url) {
        String u = url == null ? "" : url.strip();
        return (u.startsWith("https://") || u.startsWith("http://")) && u.length() < 2000 && u.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\'' || c == '`');
    }

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
