package io.github.jixiao.maven;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.report.AtomicFiles;
import io.github.jixiao.report.Messages;
import io.github.jixiao.report.ReportWriter;
import io.github.jixiao.review.Review;
import io.github.jixiao.review.ScoreDiff;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import tools.jackson.databind.JsonNode;

/**
 * Compares this build's score summary with an earlier one ({@code -Djixiao.baseSummary=<score-summary.json>})
 * and writes {@code diff.md} (for a pull-request comment) and {@code diff.json}. Findings are compared too
 * when a {@code findings.json} sits beside the base summary.
 */
@Mojo(name = "diff", threadSafe = true)
public final class DiffMojo extends AbstractJixiaoMojo {

    /** The earlier build's score-summary.json. */
    @Parameter(property = "jixiao.baseSummary", required = true)
    private File baseSummary;

    @Override
    public void execute() throws MojoExecutionException {
        Messages messages = messages();
        if (skip) {
            getLog().info(messages.label("console.skip"));
            return;
        }
        Optional<JsonNode> base = ScoreDiff.read(baseSummary == null ? null : baseSummary.toPath());
        if (base.isEmpty()) {
            throw new MojoExecutionException(messages.label("diff.missingBase", baseSummary));
        }
        EngineResult result = runEngine();
        Review review = review(result, true);
        writeReports(result, review, messages);
        Path out = outputDirectory.toPath();
        Optional<JsonNode> current = ScoreDiff.read(out.resolve(ReportWriter.SUMMARY_JSON));
        if (current.isEmpty()) {
            throw new MojoExecutionException(messages.label("console.processing", out.resolve(ReportWriter.SUMMARY_JSON)));
        }
        JsonNode baseFindings = ScoreDiff.read(baseSummary.toPath().resolveSibling(ReportWriter.FINDINGS_JSON)).orElse(null);
        JsonNode currentFindings = ScoreDiff.read(out.resolve(ReportWriter.FINDINGS_JSON)).orElse(null);
        ScoreDiff.Result diff = ScoreDiff.compare(base.get(), current.get(), baseFindings, currentFindings);
        try {
            AtomicFiles.write(out.resolve("diff.md"), ScoreDiff.markdown(diff, messages));
            AtomicFiles.write(out.resolve("diff.json"), ScoreDiff.json(diff));
        } catch (IOException e) {
            throw new MojoExecutionException(messages.label("console.processing", e.getMessage()), e);
        }
        for (ScoreDiff.Moved m : diff.moved()) {
            getLog().info("  " + m.name() + ": " + m.before().toPlainString() + " → " + m.after().toPlainString()
                    + " (" + ScoreDiff.signed(m.delta()) + ")");
        }
        getLog().info(messages.label("diff.written", diff.totalBefore().toPlainString(), diff.totalAfter().toPlainString(),
                ScoreDiff.signed(diff.delta()), out.resolve("diff.md")));
    }
}
