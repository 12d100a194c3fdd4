import java.nio.file.Files

// Issue 13: links a pull request can commit, leading out of the project
def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
def sub = common.copySample(basedir, new File(repoRoot))
def outside = new File(basedir.parentFile, "hostile-links-out-outside")
outside.mkdirs()
def secret = new File(outside, "secret.json")
// valid JSON whose first token is the "secret": a loader following the link would echo it
secret.setText('{"ghp_ITSECRET0123456789": ["ghp_ITSECRET0123456789"]}\n', "UTF-8")
def victim = new File(outside, "victim.txt")
victim.setText("unchanged", "UTF-8")
Files.createSymbolicLink(new File(basedir, "jixiao-suppressions.json").toPath(), secret.toPath())
Files.createSymbolicLink(new File(basedir, "jixiao-baseline.json").toPath(), secret.toPath())
Files.createSymbolicLink(new File(sub, "extra.json").toPath(), secret.toPath())
// a report planted as a link to a file outside: writing the report must replace the link, not follow it
def out = new File(basedir, "target/jixiao")
out.mkdirs()
Files.createSymbolicLink(new File(out, "findings.json").toPath(), victim.toPath())
return true
