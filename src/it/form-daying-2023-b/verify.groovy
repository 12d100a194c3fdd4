import groovy.json.JsonSlurper

// 大英县司法局 2023, fragment B: 2023年全县安可替代补助资金项目, its funds block and the head of its first indicator row.
def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/) : "stack trace in the log"
def findings = new JsonSlurper().parse(new File(basedir, "target/jixiao/findings.json"), "UTF-8").findings
def of = { String rule -> findings.findAll { it.rule == rule } }

def summary = new JsonSlurper().parse(new File(basedir, "target/jixiao/score-summary.json"), "UTF-8")
// 预算执行率 100.00% = 3.36 / 3.36 → 10, as printed (no claim mismatch on it)
assert (summary.criteria.find { it.id == "budget-execution-rate" }.score as BigDecimal) == 10.00G
assert of("score-claim-mismatch").findAll { it.file == "submission/budget.json" }.isEmpty()
// the funds rows add up: no sum-mismatch
assert of("sum-mismatch").isEmpty()
// 年初 0.00 → 调整后 3.36: created by a mid-year adjustment, no reason given
def created = of("adjustment-missing-reason")
assert created*.pointer == ["/funds/total/fullYear"] && created[0].message.contains("3.36")
// "=" in the 指标性质 column, 指标值 100: read as "= 100"
assert of("indicator-target-no-comparator").isEmpty()

// ---- issue 12: execution 3.36 / 3.36 = 100 %, no finding on it; the only finding of these rules is the note that
// "年度目标完成情况: 完成" reports no result (info)
def issue12 = findings.findAll { it.rule in ["actual-equals-target-pattern", "indicator-score-unexplained", "indicator-miss-unexplained", "overall-goal-not-a-goal", "satisfaction-without-survey", "indicator-input-as-output", "indicator-time-cost-unspecified", "indicator-category-unknown", "execution-rate-unexplained", "grade-unsupported", "prose-total-mismatch", "column-format-mixed"] }
assert issue12.collect { [it.rule, it.key, it.pointer, it.severity] } == [["overall-goal-not-a-goal", "achieved-vague", "/overallGoals/achieved/0", "info"]]
return true
