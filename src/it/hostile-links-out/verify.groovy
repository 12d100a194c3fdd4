import groovy.json.JsonSlurper
import java.nio.file.Files

def secret = "ghp_ITSECRET0123456789"
def outside = new File(basedir.parentFile, "hostile-links-out-outside")
def log = new File(basedir, "build.log").getText("UTF-8")
assert !log.contains(secret) : "the target of a link is echoed in the log"
assert !log.contains(outside.name) : "where a link points is in the log"
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/) : "stack trace in the log"
// every report: no outside content
new File(basedir, "target/jixiao").eachFileRecurse { f ->
    if (f.isFile()) {
        assert !f.getText("UTF-8").contains(secret) : f.name
    }
}
// nothing outside written: the planted link was replaced by the report
assert new File(outside, "victim.txt").getText("UTF-8") == "unchanged"
def findingsFile = new File(basedir, "target/jixiao/findings.json")
assert !Files.isSymbolicLink(findingsFile.toPath())
def json = new JsonSlurper().parse(findingsFile, "UTF-8")
def refused = json.findings.findAll { it.rule == "file-unreadable" }.collect { it.file } as Set
assert refused == ["jixiao-suppressions.json", "jixiao-baseline.json", "submission/extra.json"] as Set : refused
assert log.contains("[file-unreadable]")
// the rest was checked as before
assert json.findings.any { it.rule == "indicator-target-missed" }
def summary = new JsonSlurper().parse(new File(basedir, "target/jixiao/score-summary.json"), "UTF-8")
assert summary.total.toString() == "96.15"
return true
