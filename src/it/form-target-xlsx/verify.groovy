import groovy.json.JsonSlurper

// import then check on a 项目支出绩效目标表: the stage and findings of the same form written by hand
// (hand-written/submission; check reads only submission/, which the import writes)
def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/) : "stack trace in the log"
assert log.contains("jixiao:import 写入 submission/indicators.json")
assert !new File(basedir, "submission/self-assessment.json").exists() : "a target table states no score"

def dept = new JsonSlurper().parse(new File(basedir, "submission/department.json"), "UTF-8")
assert dept.stage == "目标申报"
assert dept.year == 2023

def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
def findings = common.assertSameAsHandWritten(basedir, basedir.toPath().resolve("hand-written").toAbsolutePath().normalize())
assert !findings.isEmpty()
// findings on an indicator name its cell (指标值 in column D, the second indicator on row 8 of 目标表); a finding on
// the whole table (a category missing) names none
assert findings.findAll { it.pointer =~ /^\/indicators\/\d+/ }.every { it.cell != null && it.cell.startsWith("目标表!") }
assert findings.find { it.rule == "indicator-target-unmeasurable" && it.pointer == "/indicators/1/target" }.cell == "目标表!D8"
assert log.contains("（单元格 目标表!D8）")
return true
