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
// it (在职人员数 and 编制数 of fiscal-staff-control, 不符合的事例数 of funds-compliance), not one a figure (session 43, E7)
def fileMissing = missing.findAll { it.key == "file-missing" }
assert fileMissing.size() == 1
assert fileMissing[0].args == ["management.json", "https://jixiao.github.io/schemas/v1/management.schema.json", "3", "2"]
def perFigure = missing.findAll { it.key != "file-missing" }
assert perFigure*.criterion.unique().sort() == ["budget-adjustment", "carryover", "key-expenditure", "payment-schedule",
        "three-public-change", "three-public-control"]
// every figure a criterion lacks in budget.json, each once: a ratio lacks both its figures, and both are named in one
// run (a label's own “…” set as ‘…’ inside the message's quotation since session 34: “本年‘三公经费’”)
["本年‘三公经费’", "上年‘三公经费’", "重点项目支出", "项目总支出", "全年预算", "年初预算",
 "未按进度下达资金的专项个数", "本年结余", "上年结转", "‘三公经费’预算安排数"].each { label ->
    assert perFigure.any { it.message.contains(label) } : label
}
// 本年“三公经费” (threePublic/actual), which both 三公 criteria need (控制率 calls it ‘三公经费’实际支出), is one finding
// naming both (shared, session 47), not one a criterion
def shared = perFigure.findAll { it.key == "shared" }
assert shared.size() == 1 && shared[0].args[2] == "budget#/threePublic/actual"
assert shared[0].message.contains("‘三公经费’变动率") && shared[0].message.contains("‘三公经费’控制率")
assert perFigure.size() == 10
assert perFigure.collect { it.criterion + " " + it.args[2] }.unique().size() == 10
// the two criteria still unscored, and said so in the summary
["fiscal-staff-control", "funds-compliance"].each { id ->
    assert (summary.criteria.find { it.id == id }.score as BigDecimal) == 0.00G : id
}
assert of("schema").any { it.file == "submission/department.json" && it.message.contains("year") }
assert !of("submission-structure").any { it.message.contains("indicators") }
return true
