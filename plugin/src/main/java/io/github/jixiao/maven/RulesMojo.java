package io.github.jixiao.maven;

import io.github.jixiao.lint.RuleDescriptor;
import io.github.jixiao.lint.RuleRegistry;
import io.github.jixiao.report.Messages;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Prints the rule catalogue in the chosen language ({@code -Djixiao.locale=en} for English). */
@Mojo(name = "rules", requiresProject = false, threadSafe = true)
public final class RulesMojo extends AbstractMojo {

    /** Language: {@code zh-CN} (default) or {@code en}. */
    @Parameter(property = "jixiao.locale", defaultValue = "zh-CN")
    private String locale;

    @Override
    public void execute() throws org.apache.maven.plugin.MojoExecutionException {
        Messages m = AbstractJixiaoMojo.messages(locale);
        List<RuleDescriptor> rules = RuleRegistry.descriptors();
        getLog().info(m.label("rules.header", rules.size()));
        for (RuleDescriptor d : rules) {
            String stages = d.stages().stream().map(s -> m.english() ? m.label("stage." + s.name()) : s.label())
                    .collect(Collectors.joining("/"));
            getLog().info(String.format("%-36s %-7s %-14s %s", d.id(), d.severity().id(), d.category().id(), d.title(m.locale())));
            getLog().info("    " + stages + " · " + d.source(m.locale()));
            getLog().info("    " + d.rationale(m.locale()));
            for (RuleDescriptor.Threshold t : d.thresholds()) {
                getLog().info("    " + t.name() + " = " + t.value().toPlainString() + (t.unit().isEmpty() ? "" : " " + t.unit(m.locale()))
                        + " · " + t.description(m.locale()));
            }
        }
    }
}
