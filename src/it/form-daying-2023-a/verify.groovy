import groovy.json.JsonSlurper

// 大英县司法局 2023, fragment A: the last indicator row of a project table (四川 form: 指标性质 column "≤",
// 指标值 30, 度量单位 万元, 完成值 "完成", 权重 90, 得分 90). See README.md.
def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/) : "stack trace in the log"
def findings = new JsonSlurper().parse(new File(basedir, "target/jixiao/findings.json"), "UTF-8").findings
def of = { String rule -> findings.findAll { it.rule == rule } }

// "≤ 30 万元" against the word "完成": not in the target's unit, cannot be compared or scored
def inc = of("indicator-actual-incommensurable")
assert inc*.pointer == ["/indicators/0/actual"] && inc[0].severity == "error" && inc[0].message.contains("≤ 30 万元")
// one finding at the cell, the lint's: the scorer's incomparable beside it is left out (Engine.incomparableOnce, session
// 46); the row still scores 0
assert of("score-input-missing").find { it.pointer == "/indicators/0/actual" } == null
// all 90 indicator points on one output indicator: departs from 50/30/10
assert of("score-weights").find { it.severity == "warning" && it.message.contains("90") } != null
// no benefit indicator at all
assert of("indicator-category-missing").any { it.message.contains("效益指标") }
// 经济成本指标 (财预〔2021〕101号) filed under 产出指标
assert of("indicator-taxonomy-mixed")*.pointer == ["/indicators/0/level2"] || of("indicator-taxonomy-mixed").size() == 1
def summary = new JsonSlurper().parse(new File(basedir, "target/jixiao/score-summary.json"), "UTF-8")
assert (summary.criteria.find { it.id == "output-indicators" }.weight as BigDecimal) == 90.00G
assert (summary.criteria.find { it.id == "output-indicators" }.score as BigDecimal) == 0.00G

// ---- issue 12: nothing in the reviewer's reading of fragment A is for these rules (完成 against ≤ 30 万元 is
// indicator-actual-incommensurable; 经济成本指标 under 产出 is an alias the framework accepts and indicator-taxonomy-mixed's);
// none of them may fire: 90 of 90 on a row that cannot be judged is not a deduction, and no goal, grade or survey is stated
assert findings.findAll { it.rule in ["actual-equals-target-pattern", "indicator-score-unexplained", "indicator-miss-unexplained", "overall-goal-not-a-goal", "satisfaction-without-survey", "indicator-input-as-output", "indicator-time-cost-unspecified", "indicator-category-unknown", "execution-rate-unexplained", "grade-unsupported", "prose-total-mismatch", "column-format-mixed"] }.isEmpty()
return true
