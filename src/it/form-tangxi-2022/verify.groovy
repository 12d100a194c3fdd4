import groovy.json.JsonSlurper

// The published 棠溪镇 2022 项目支出绩效自评表 (委托业务项目) as its stored copy holds it; see README.md.
def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/) : "stack trace in the log"

def summary = new JsonSlurper().parse(new File(basedir, "target/jixiao/score-summary.json"), "UTF-8")
assert summary.frameworkId == "mof-project-2020"
def score = { String id -> summary.criteria.find { it.id == id }.score as BigDecimal }
def weight = { String id -> summary.criteria.find { it.id == id }.weight as BigDecimal }
assert score("budget-execution-rate") == 10.00G
assert score("output-indicators") == 50.00G
assert score("benefit-indicators") == 30.00G
assert score("satisfaction-indicators") == 0.00G && weight("satisfaction-indicators") == 0.00G
assert (summary.total as BigDecimal) == 90.00G
assert (summary.weight as BigDecimal) == 90.00G
assert summary.grade == ""
// the project is named, and the page says why there is no grade
assert summary.project == "委托业务项目"
assert summary.provisional == true
def page = new File(basedir, "target/jixiao/score-summary.html").getText("UTF-8")
assert page.contains("项目：委托业务项目") && page.contains("不评定（分值合计 90 分，不是 100 分）")
assert new File(basedir, "target/jixiao/findings.json").getText("UTF-8").contains("\"project\" : \"委托业务项目\"") ||
        new File(basedir, "target/jixiao/findings.json").getText("UTF-8").contains("\"project\":\"委托业务项目\"")

// every printed indicator score reproduced
def output = summary.criteria.find { it.id == "output-indicators" }
assert output.items*.score.collect { it as BigDecimal } == [8.00G, 8.00G, 8.00G, 8.00G, 8.00G, 10.00G]
def benefit = summary.criteria.find { it.id == "benefit-indicators" }
assert benefit.items*.score.collect { it as BigDecimal } == [10.00G, 10.00G, 10.00G]

def findings = new JsonSlurper().parse(new File(basedir, "target/jixiao/findings.json"), "UTF-8").findings
def of = { String rule -> findings.findAll { it.rule == rule } }

// the funds block: the total row left at 0 while its one part carries money, and the execution score stated as 0
assert of("sum-mismatch").findAll { it.file == "submission/budget.json" }*.pointer.sort() ==
        ["/funds/total/executed", "/funds/total/fullYear", "/funds/total/initial"]
def claim = of("score-claim-mismatch").find { it.pointer == "/funds/total/score" }
assert claim != null && claim.criterion == "budget-execution-rate"
assert claim.message.contains("10")

// bare actuals read in the target's unit, each said
assert of("indicator-actual-incommensurable").collect { [it.pointer, it.severity] } ==
        [["/indicators/0/actual", "warning"], ["/indicators/1/actual", "warning"], ["/indicators/4/actual", "warning"]]
// "≥100百分比": a unit written as a word
assert of("indicator-target-at-ceiling")*.pointer == ["/indicators/1/target"]
// 达成预期指标 read as 达成, said once per qualitative row
assert of("score-assumption").size() == 6 && of("score-assumption").every { it.severity == "info" }
// "效果明显" cannot be measured
assert of("indicator-target-unmeasurable")*.pointer.containsAll(["/indicators/6/target", "/indicators/7/target", "/indicators/8/target"])
// the template row
assert of("indicator-template-row")*.pointer == ["/indicators/9"]
// the weights of the stored copy add up to 90: no grade
assert of("score-weights").find { it.pointer == "/indicators" && it.severity == "error" } != null

// no false alarm: nothing missed, no category missing, nothing unscorable
assert of("indicator-target-missed").isEmpty()
assert of("indicator-category-missing").isEmpty()
assert of("score-input-missing").isEmpty()
assert of("indicator-incomplete").isEmpty()
return true
