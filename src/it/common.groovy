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
return this
