import groovy.json.JsonSlurper

def diff = new JsonSlurper().parse(new File(basedir, "target/jixiao/diff.json"), "UTF-8")
assert diff.total.before == 96.15
assert diff.total.after == 95.96
assert diff.total.delta == -0.19
assert diff.criteria.size() == 1
def moved = diff.criteria[0]
assert moved.name == "预算执行率"
assert moved.before == 5.47 && moved.after == 5.28 && moved.delta == -0.19
// why it moved: the figure that changed and the formula before and after
assert moved.inputs.size() == 1 && moved.inputs[0].before == "55.25%" && moved.inputs[0].after == "45.25%"
assert moved.explanation.before.contains("55.25%") && moved.explanation.after.contains("45.25%")
def md = new File(basedir, "target/jixiao/diff.md").getText("UTF-8")
assert md.contains("96.15 → 95.96（−0.19）")
assert md.contains("| 预算执行率 | 5.47 | 5.28 | −0.19 |")
assert md.contains("- **预算执行率**\n  - 变化的数据：第 2 季度末累计执行进度 55.25% → 45.25%\n  - 之前：Q1 ")
// the base's findings sat beside its summary, so findings were compared
assert diff.newFindings != null && diff.resolvedFindings != null
assert diff.newFindings.any { it.rule == "score-claim-mismatch" }
// localised: Chinese severity words, headed table, the formula in the message whole
assert md.contains("### 得分变化的指标（1）")
assert md.contains("- 警告 `score-claim-mismatch`")
assert !md.contains(" warning ") && !md.contains("`score-claim-mismatch` warning")
return true
