import groovy.json.JsonSlurper

// import then check on the 重庆 部门整体 workbook: the same score and findings as the hand-written JSON of
// form-cq-rongmeiti-2021
def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/) : "stack trace in the log"
assert log.contains("jixiao:import 写入 submission/indicators.json") && log.contains("jixiao:import 写入 submission/self-assessment.json")

def summary = new JsonSlurper().parse(new File(basedir, "target/jixiao/score-summary.json"), "UTF-8")
assert summary.frameworkId == "chongqing-department-2021"
assert (summary.total as BigDecimal) == 53.05G
assert (summary.weight as BigDecimal) == 80.00G
assert (summary.unscoredPoints as BigDecimal) == 24.00G

def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
def findings = common.assertSameAsHandWritten(basedir, new File(repoRoot, "src/it/form-cq-rongmeiti-2021").toPath().toAbsolutePath().normalize())
assert !findings.isEmpty()

// every finding on an indicator names a cell in its row: indicator N is on row 8 + N of the sheet 部门整体
findings.findAll { it.file.endsWith("indicators.json") && it.pointer =~ /^\/indicators\/\d+/ }.each { f ->
    int n = (f.pointer =~ /^\/indicators\/(\d+)/)[0][1] as int
    assert f.cell =~ /^部门整体![A-Z]+${8 + n}$/ : f
}
assert log.contains("（单元格 部门整体!")
return true
