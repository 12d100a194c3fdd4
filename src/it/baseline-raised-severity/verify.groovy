import groovy.json.JsonSlurper

// the baseline accepted indicator-target-missed as a warning
def baseline = new JsonSlurper().parse(new File(basedir, "jixiao-baseline.json"), "UTF-8")
def accepted = baseline.findings.findAll { it.rule == "indicator-target-missed" }
assert accepted.size() > 0 && accepted.every { it.severity == "warning" }
// the project's <rules> raised it to error: those findings count (the build failed), tagged, and a line says why
def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD FAILURE")
assert log.contains("（自基线以来升级：警告 → 错误） [indicator-target-missed]")
assert log.contains("个问题自基线生成以来严重程度提高")
def findings = new JsonSlurper().parse(new File(basedir, "raised/target/jixiao/findings.json"), "UTF-8")
def raised = findings.findings.findAll { it.rule == "indicator-target-missed" }
assert raised.size() == accepted.size()
assert raised.every { it.severity == "error" && it.baselineSeverity == "warning" && !it.baselined }
// every other finding is still held back by the baseline, none of it stale
assert findings.findings.findAll { it.rule != "indicator-target-missed" }.every { it.baselined && it.baselineSeverity == null }
assert !findings.findings.any { it.rule == "baseline-stale" }
def sarif = new JsonSlurper().parse(new File(basedir, "raised/target/jixiao/findings.sarif"), "UTF-8")
def states = sarif.runs[0].results.findAll { it.ruleId == "indicator-target-missed" }.collect { it.baselineState }
assert states.size() == accepted.size() && states.every { it == "updated" }
return true
