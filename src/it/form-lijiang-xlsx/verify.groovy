import groovy.json.JsonSlurper

// import then check, in English, on the 丽江 workbook: the same score and findings as the hand-written JSON of
// form-lijiang-2020
def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/) : "stack trace in the log"
assert log.contains("jixiao:import wrote submission/indicators.json") && log.contains("jixiao:import wrote submission/budget.json")

def summary = new JsonSlurper().parse(new File(basedir, "target/jixiao/score-summary.json"), "UTF-8")
assert summary.frameworkId == "mof-project-2020"
assert (summary.total as BigDecimal) == 99.00G

def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
def findings = common.assertSameAsHandWritten(basedir, new File(repoRoot, "src/it/form-lijiang-2020").toPath().toAbsolutePath().normalize())
assert !findings.isEmpty()

// the printed 得分 9.00 below the 分值 10.00 of the first row, no reason given: column I, row 12 of Sheet1
assert findings.find { it.rule == "indicator-score-unexplained" && it.pointer == "/indicators/0/score" }.cell == "Sheet1!I12"
assert log.contains("(cell Sheet1!")
return true
