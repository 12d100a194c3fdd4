import groovy.json.JsonSlurper

// import then check on the 棠溪 workbook: the same score and findings as the hand-written JSON of form-tangxi-2022
def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/) : "stack trace in the log"
assert log.contains("jixiao:import 写入 submission/indicators.json") && log.contains("jixiao:import 写入 submission/budget.json")

def summary = new JsonSlurper().parse(new File(basedir, "target/jixiao/score-summary.json"), "UTF-8")
assert summary.frameworkId == "mof-project-2020"
assert (summary.total as BigDecimal) == 90.00G
assert summary.project == "委托业务项目"

def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
def findings = common.assertSameAsHandWritten(basedir, new File(repoRoot, "src/it/form-tangxi-2022").toPath().toAbsolutePath().normalize())

// each finding on imported data names its cell (blank rows/columns shift everything by 2 rows and 1 column)
assert findings.find { it.rule == "indicator-template-row" }.cell == "自评表!C24"
assert findings.findAll { it.rule == "sum-mismatch" }*.cell.every { it != null && it.startsWith("自评表!") }
assert log.contains("（单元格 自评表!")
assert new File(basedir, "target/jixiao/score-summary.xlsx").isFile()
return true
