import groovy.json.JsonSlurper

// 丽江市古城区自然资源局 2020 项目支出绩效自评表 (云南); see README.md.
def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/) : "stack trace in the log"
def summary = new JsonSlurper().parse(new File(basedir, "target/jixiao/score-summary.json"), "UTF-8")
def score = { String id -> summary.criteria.find { it.id == id }.score as BigDecimal }
assert score("budget-execution-rate") == 10.00G
// 卫片执法补助经费 = 72890 元 is money, no output: taken as printed, 9 (MoneyOutput), not raised to 10
assert score("output-indicators") == 49.00G
assert score("benefit-indicators") == 30.00G
assert score("satisfaction-indicators") == 10.00G
assert (summary.weight as BigDecimal) == 100.00G
assert (summary.total as BigDecimal) == 99.00G
assert summary.grade == "优"

def findings = new JsonSlurper().parse(new File(basedir, "target/jixiao/findings.json"), "UTF-8").findings
def of = { String rule -> findings.findAll { it.rule == rule } }
// the printed scores below the points on met targets; the money row's 9 taken as printed, its deduction's reason asked for
assert of("score-claim-mismatch")*.pointer.sort() == ["/indicators/1/score", "/indicators/2/score", "/indicators/3/score"]
assert of("indicator-score-unexplained")*.pointer == ["/indicators/0/score"]
// "﹦" and "≥" from the 指标性质 column, units from 度量单位: nothing missed, nothing incomparable, nothing assumed
assert of("indicator-target-missed").isEmpty()
assert of("indicator-actual-incommensurable").isEmpty()
assert of("indicator-target-no-comparator").isEmpty()
assert of("indicator-category-missing").isEmpty()
assert of("sum-mismatch").isEmpty()
assert of("score-weights").isEmpty()
// the money itself filed as a 数量 output
assert of("indicator-input-as-output")*.pointer.any { it.startsWith("/indicators/0") }
return true
