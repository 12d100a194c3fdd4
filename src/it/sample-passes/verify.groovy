import groovy.json.JsonSlurper

def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")
def findings = new File(basedir, "target/jixiao/findings.json")
assert findings.isFile()
def json = new JsonSlurper().parse(findings, "UTF-8")
assert json.department == "深圳市福田区科技和工业信息化局（本级）"
assert json.files.size() == 7
assert !json.findings.any { it.rule in ["json-syntax", "json-encoding", "schema", "schema-unknown"] }

// SARIF: the reference report's defects, as expected.md describes them, each at a line of its file
def sarif = new JsonSlurper().parse(new File(basedir, "target/jixiao/findings.sarif"), "UTF-8")
def results = sarif.runs[0].results
def count = { id -> results.count { it.ruleId == id } }
assert count("indicators-stale-after-adjustment") == 1
assert count("indicator-target-missed") == 1
// nine 明显 (expected.md defect 3), and 促进科技创业发展 "≥ 90%": a percentage of an aim, of no measured thing (aim-rate, session 49);
// 促进各项工作正常开展有效性 "100%", an aim's 有效性 (aim-rate, session 50)
assert count("indicator-target-unmeasurable") == 11
assert count("indicator-actual-incommensurable") == 9
assert count("zero-execution") == 1
assert count("execution-regressed") == 1
assert count("satisfaction-evidence-mismatch") == 1
assert count("actual-equals-target-pattern") == 1
assert count("rate-mismatch") == 0
assert count("sum-mismatch") == 0
results.each { r ->
    assert r.level in ["error", "warning", "note"]
    assert r.locations[0].physicalLocation.region.startLine > 0 || r.locations[0].physicalLocation.artifactLocation.uri == "."
    assert r.partialFingerprints.size() == 1
    assert r.properties.containsKey("jsonPointer")
}
def missed = results.find { it.ruleId == "indicator-target-missed" }
assert missed.message.text.contains("招引人才数量")
assert missed.locations[0].physicalLocation.artifactLocation.uri == "submission/indicators.json"

// the score, and the summary installed with the build (classifier score-summary)
def summary = new JsonSlurper().parse(new File(basedir, "target/jixiao/score-summary.json"), "UTF-8")
assert summary.total == 96.15 && summary.grade == "优"
assert log.contains("得分：96.15 / 100.00（优）")
def installed = new File(localRepositoryPath, "io/github/jixiao/it/sample-passes/1.0/sample-passes-1.0-score-summary.json")
assert installed.isFile()
assert installed.bytes == new File(basedir, "target/jixiao/score-summary.json").bytes

// the reviewer's page: the verdict with the counts, then every error with its full message
def html = new File(basedir, "target/jixiao/score-summary.html").getText("UTF-8")
def esc = { String t -> t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;") }
def errors = json.findings.findAll { it.severity == "error" }
def warnings = json.findings.count { it.severity == "warning" }
def infos = json.findings.count { it.severity == "info" }
assert errors.size() == 11
assert html.contains("<li class=\"c-error\"><b>" + errors.size() + "</b> 个错误</li>")
assert html.contains("<li class=\"c-warning\"><b>" + warnings + "</b> 个警告</li>")
assert html.contains("<li class=\"c-info\"><b>" + infos + "</b> 个提示</li>")
assert html.contains("有 11 个错误须更正")
assert html.indexOf("id=\"verdict\"") < html.indexOf("id=\"findings\"") && html.indexOf("id=\"findings\"") < html.indexOf("id=\"table\"")
errors.each { e -> assert html.contains(esc(e.message)) : "the page misses the error: " + e.message }
def md = new File(basedir, "target/jixiao/score-summary.md").getText("UTF-8")
assert md.contains("11 个错误，" + warnings + " 个警告，" + infos + " 个提示")

// the submission is never written
def orig = new File(repoRoot, "sample-submission/submission")
orig.eachFile { f -> assert new File(basedir, "submission/" + f.name).bytes == f.bytes }
return true
