import groovy.json.JsonSlurper

// Shared by the ITs' scripts.

/** Copies the sample submission into basedir/submission and returns that folder. */
def copySample(File basedir, File repoRoot) {
    def from = new File(repoRoot, "sample-submission/submission")
    def to = new File(basedir, "submission")
    to.mkdirs()
    from.eachFile { f -> new File(to, f.name).bytes = f.bytes }
    return to
}

/** The build failed with a finding of {@code rule} on {@code file}, with a line, the file named, no stack trace. */
def assertFinding(File basedir, String file, String rule, String text) {
    def log = new File(basedir, "build.log").getText("UTF-8")
    assert log.contains("BUILD FAILURE")
    assert log.contains("文件 " + file)
    assert log.contains("[" + rule + "]")
    assert log.contains(text)
    assert !(log =~ /\n\s+at [a-z]+\.[a-z]/) : "stack trace in the log"
    def json = new JsonSlurper().parse(new File(basedir, "target/jixiao/findings.json"), "UTF-8")
    def f = json.findings.find { it.rule == rule && it.file == file }
    assert f != null : rule + " on " + file
    assert f.line > 0
    // the other files were still checked
    assert json.files.size() >= 7
    return f
}
/**
 * An imported workbook's check (basedir/target/jixiao) gives the findings the engine gives on the hand-written JSON of
 * the same form ({@code handWritten}, a project folder with submission/), and, when both are scored, the same
 * criteria and sub-items. Returns the imported build's findings.
 */
def assertSameAsHandWritten(File basedir, java.nio.file.Path handWritten) {
    def expected = new io.github.jixiao.engine.Engine().run(
            io.github.jixiao.engine.EngineOptions.of(handWritten, handWritten.resolve("submission")))
    def summaryFile = new File(basedir, "target/jixiao/score-summary.json")
    if (expected.sheet() != null) {
        def summary = new JsonSlurper().parse(summaryFile, "UTF-8")
        assert expected.sheet().total() == (summary.total as BigDecimal)
        assert expected.sheet().grade() == summary.grade
        expected.sheet().criteria().each { c ->
            def got = summary.criteria.find { it.id == c.id() }
            assert (got.score as BigDecimal) == c.score() : c.id()
            assert got.items*.score.collect { it as BigDecimal } == c.items()*.score() : c.id()
        }
        assert summary.unscored*.name == expected.sheet().unscored()*.name()
    }
    def findings = new JsonSlurper().parse(new File(basedir, "target/jixiao/findings.json"), "UTF-8").findings
    def key = { rule, file, pointer, sev -> rule + " " + file.substring(file.lastIndexOf('/') + 1) + "#" + pointer + " " + sev }
    assert findings.collect { key(it.rule, it.file, it.pointer, it.severity) }.sort() ==
            expected.findings().collect { key(it.ruleId(), it.file(), it.pointer(), it.severity().id()) }.sort()
    return findings
}

return this
