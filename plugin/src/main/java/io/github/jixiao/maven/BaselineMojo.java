package io.github.jixiao.maven;

import io.github.jixiao.engine.EngineResult;
import io.github.jixiao.report.AtomicFiles;
import io.github.jixiao.report.Messages;
import io.github.jixiao.review.Baseline;
import io.github.jixiao.review.Review;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes {@code jixiao-baseline.json} with the fingerprints of today's findings: {@code check} then fails only
 * on findings that are not in it. For a department adopting jixiao on last year's files.
 */
@Mojo(name = "baseline", threadSafe = true)
public final class BaselineMojo extends AbstractJixiaoMojo {

    @Override
    public void execute() throws MojoExecutionException {
        Messages messages = messages();
        if (skip) {
            getLog().info(messages.label("console.skip"));
            return;
        }
        if (skippedAsReactorRoot("jixiao:baseline", messages)) {
            return;
        }
        EngineResult result = runEngine();
        nameLinesAfter(result);
        Review review = review(result, false);
        if (!io.github.jixiao.load.Confinement.mayRead(projectDir(), baselineFile.toPath())) {
            // the baseline is written into the project: never through a link leading out of it
            throw new MojoExecutionException(messages.label("console.baseline-outside", shown(baselineFile)));
        }
        try {
            AtomicFiles.write(baselineFile.toPath(), Baseline.render(result.findings(),
                    messages.forResult(result).withCells(cells(result)), Baseline.namesIn(projectDir()))); // the framework's names in English too
        } catch (IOException e) {
            throw new MojoExecutionException(messages.label("console.processing", failure(e)), e);
        }
        info(messages.label("console.baseline", result.findings().size(), shown(baselineFile)));
        if (!review.suppressed().isEmpty()) {
            info(messages.label("console.suppressed", review.suppressed().size(), 0));
        }
    }
}
