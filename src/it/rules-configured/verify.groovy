import groovy.json.JsonSlurper

def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")
def json = new JsonSlurper().parse(new File(basedir, "target/jixiao/findings.json"), "UTF-8")
// turned off: none of the nine 效益 indicators whose target is "明显" is reported
assert !json.findings.any { it.rule == "indicator-target-unmeasurable" }
assert !log.contains("[indicator-target-unmeasurable]")
// raised to error: 招引人才数量 (≥ 200 人, actual 150 人)
def missed = json.findings.findAll { it.rule == "indicator-target-missed" }
assert missed.size() == 1 && missed[0].severity == "error"
// the effective configuration is recorded, every threshold with the value in force
// (in catalogue order, whatever the pom's)
assert json.ruleConfiguration.collect { it.rule } == ["indicator-target-unmeasurable", "indicator-target-missed", "actual-equals-target-pattern"]
def aetp = json.ruleConfiguration.find { it.rule == "actual-equals-target-pattern" }
assert aetp.severity == "warning" && aetp.thresholds.share == "40" && aetp.thresholds.minIndicators == "10"
assert json.ruleConfiguration.find { it.rule == "indicator-target-unmeasurable" }.severity == "off"
// the score does not depend on the linter's settings
def summary = new JsonSlurper().parse(new File(basedir, "target/jixiao/score-summary.json"), "UTF-8")
assert summary.total.toString() == "96.15"
return true
