import groovy.json.JsonSlurper

// An illustrative 项目支出绩效自评 scored by mof-project-2020 (财预〔2020〕10号 附件1). By hand:
//
//   预算执行率     min(1, 102 / 120) × 10 = 0.85 × 10                         =  8.50
//   产出指标       培训人次 ≥ 500, actual 450: missed, 15 × 450 / 500         = 13.50
//                  培训考核合格率 97% ≥ 95%: met                              = 10.00
//                  已开班次按计划完成率 100% ≥ 95%: met                        = 10.00
//                  人均培训成本 ≤ 2000 元, actual 2500: missed, mirrored
//                  for ≤: 15 × 2000 / 2500                                    = 12.00
//                                                                     产出    = 45.50 (of 50)
//   效益指标       就业技能提升 (graded, qualitative), 部分达成: 50–80% of 30
//                  = 15–24; stated 20 lies within                             = 20.00 (of 30)
//                  (经济效益 marked 不适用: left out)
//   满意度指标     参训人员满意度 92% ≥ 90%: met                              = 10.00 (of 10)
//
//   total 8.50 + 45.50 + 20.00 + 10.00 = 84.00 → 良 ([80, 90))

def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")

def summary = new JsonSlurper().parse(new File(basedir, "target/jixiao/score-summary.json"), "UTF-8")
assert summary.frameworkId == "mof-project-2020"
assert summary.kind == "project"
assert (summary.total as BigDecimal) == 84.00G
assert (summary.weight as BigDecimal) == 100.00G
assert summary.grade == "良"

def score = { String id -> summary.criteria.find { it.id == id }.score as BigDecimal }
assert score("budget-execution-rate") == 8.50G
assert score("output-indicators") == 45.50G
assert score("benefit-indicators") == 20.00G
assert score("satisfaction-indicators") == 10.00G

def output = summary.criteria.find { it.id == "output-indicators" }
assert output.items*.score.collect { it as BigDecimal } == [13.50G, 10.00G, 10.00G, 12.00G]

// the department's own figures agree with the computed ones: no claim mismatch, nothing missing
def findings = new JsonSlurper().parse(new File(basedir, "target/jixiao/findings.json"), "UTF-8")
assert !findings.findings.any { it.rule in ["score-claim-mismatch", "score-input-missing", "framework-invalid"] }

assert new File(basedir, "target/jixiao/score-summary.md").getText("UTF-8").contains("| **84.00** |")
def html = new File(basedir, "target/jixiao/score-summary.html").getText("UTF-8")
assert html.contains("<svg") && !(html =~ /(src|xlink:href)="https?:/)
// nothing is loaded; the only absolute links are to the rules' docs
assert (html =~ /href="https?:/).size() == (html =~ /href="https:\/\/github\.com\/jixiao\/jixiao\/blob\/main\/docs\/rules\.md#/).size()
return true
