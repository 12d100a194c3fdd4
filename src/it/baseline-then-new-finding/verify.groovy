import groovy.json.JsonSlurper

def baseline = new JsonSlurper().parse(new File(basedir, "jixiao-baseline.json"), "UTF-8")
assert baseline.findings.size() > 0
// each entry says what was accepted: the message, and the indicator (task, criterion) it is on
assert baseline.findings.every { it.message }
def missed = baseline.findings.find { it.rule == "indicator-target-missed" }
assert missed.name == "招引人才数量" && missed.message.contains("招引人才数量")
// the strict build on the baselined sample passed (invocation 2), the changed copy failed with sum-mismatch
def log = new File(basedir, "build.log").getText("UTF-8") // one log for the three invocations
assert log.contains("BUILD FAILURE")
assert log.contains("[sum-mismatch]")
assert log.contains("有 1 个“错误”及以上级别的问题")
def changed = new JsonSlurper().parse(new File(basedir, "changed/target/jixiao/findings.json"), "UTF-8")
assert changed.findings.count { it.rule == "sum-mismatch" } >= 1
def strict = new JsonSlurper().parse(new File(basedir, "target/jixiao/findings.json"), "UTF-8")
assert !strict.findings.any { it.rule == "baseline-stale" }
return true
