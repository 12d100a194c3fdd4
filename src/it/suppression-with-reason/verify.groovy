import groovy.json.JsonSlurper

def log = new File(basedir, "build.log").getText("UTF-8")
def json = new JsonSlurper().parse(new File(basedir, "target/jixiao/findings.json"), "UTF-8")
def missed = json.findings.findAll { it.rule == "indicator-target-missed" }
assert missed.size() == 1
assert missed[0].suppressed.startsWith("招引人才 150 人")
// the failing count leaves the suppressed finding out
int failing = json.findings.count { it.severity == "error" && !it.suppressed }
int errors = json.findings.count { it.severity == "error" }
assert failing == errors - (missed[0].severity == "error" ? 1 : 0)
assert log.contains("有 " + failing + " 个“错误”及以上级别的问题")
// the totals line says what the suppression holds back, and of which severity
assert log.contains("另有已豁免的 1 个（错误 " + (missed[0].severity == "error" ? 1 : 0) + " 个、警告 "
        + (missed[0].severity == "warning" ? 1 : 0) + " 个、提示 " + (missed[0].severity == "info" ? 1 : 0) + " 个），不计入。")
assert !json.findings.any { it.rule in ["suppression-invalid", "suppression-unused"] }
// kept in SARIF with an external suppression and its justification
def sarif = new JsonSlurper().parse(new File(basedir, "target/jixiao/findings.sarif"), "UTF-8")
def r = sarif.runs[0].results.find { it.ruleId == "indicator-target-missed" }
assert r.suppressions[0].kind == "external"
assert r.suppressions[0].justification.startsWith("招引人才 150 人")
return true
