import groovy.json.JsonSlurper

def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("[suppression-invalid]")
assert log.contains("没有写理由")
def json = new JsonSlurper().parse(new File(basedir, "target/jixiao/findings.json"), "UTF-8")
def bad = json.findings.find { it.rule == "suppression-invalid" }
assert bad.file == "jixiao-suppressions.json" && bad.line == 3
// the finding it meant to suppress still counts
def missed = json.findings.find { it.rule == "indicator-target-missed" }
assert missed != null && missed.suppressed == null
return true
