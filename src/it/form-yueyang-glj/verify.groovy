import groovy.json.JsonSlurper

// The 岳阳 部门整体支出 评分表 as its stored copy holds it: criteria and self-scores, no figures; see README.md.
def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/) : "stack trace in the log"
def summary = new JsonSlurper().parse(new File(basedir, "target/jixiao/score-summary.json"), "UTF-8")
assert summary.frameworkId == "yueyang-department"
assert (summary.weight as BigDecimal) == 36.00G
assert summary.grade == ""
assert (summary.criteria.find { it.id == "management-systems" }.score as BigDecimal) == 3.00G
assert (summary.total as BigDecimal) == 3.00G

def findings = new JsonSlurper().parse(new File(basedir, "target/jixiao/findings.json"), "UTF-8").findings
def of = { String rule -> findings.findAll { it.rule == rule } }
assert of("score-weights").any { it.severity == "info" && it.message.contains("36") }
def missing = of("score-input-missing")
// management.json is not in the copy: one finding says so, naming the file, the 3 figures and the 2 criteria waiting for
// it (在职人员数 and 编制数 of fiscal-staff-control, 不符合的事例数 of funds-compliance), not one a figure (session 43, E7);
// since session 57 (L3, audit s56 A11 C9) both criteria's own scores are printed on the form, so it says the table
// prints only the scores (file-missing-scored, quoting them) and asks for the figures behind them
def fileMissing = missing.findAll { it.key == "file-missing-scored" }
assert fileMissing.size() == 1
assert fileMissing[0].args == ["management.json", "https://jixiao.github.io/schemas/v1/management.schema.json", "3", "2",
        "“财政供养人员控制率” 5、“资金使用合规性” 3"]
assert fileMissing[0].message.contains("表中只印了 2 个评分指标的得分")
// budget.json holds no figure at all (only $schema): one finding, file-empty, for the 10 figures six criteria lack in it
// (session 52, audit s52 C2; until then one error a figure, 本年‘三公经费’ shared by both 三公 criteria)
def fileEmpty = missing.findAll { it.key == "file-empty" }
assert fileEmpty.size() == 1 && fileEmpty[0].args[1] == "10"
assert fileEmpty[0].message.contains("budget.json") && fileEmpty[0].message.contains("10 项数据")
assert missing.findAll { it.key != "file-missing-scored" && it.key != "file-empty" }.isEmpty()
// the criteria waiting for them score 0, each
["budget-adjustment", "carryover", "key-expenditure", "payment-schedule", "three-public-change", "three-public-control"].each { id ->
    assert (summary.criteria.find { it.id == id }.score as BigDecimal) == 0.00G : id
}
// the two criteria still unscored, and said so in the summary
["fiscal-staff-control", "funds-compliance"].each { id ->
    assert (summary.criteria.find { it.id == id }.score as BigDecimal) == 0.00G : id
}
assert of("schema").any { it.file == "submission/department.json" && it.message.contains("year") }
assert !of("submission-structure").any { it.message.contains("indicators") }
return true
