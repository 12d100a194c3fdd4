import groovy.json.JsonSlurper

def log = new File(basedir, "build.log").getText("UTF-8") // one log for the three invocations
// 1: nothing checked: a failure, not "已汇总 0 个部门" and BUILD SUCCESS
assert log.contains("jixiao:aggregate 没有可汇总的部门：部门模块 dept-a、dept-b 都没有检查结果")
assert log.contains("请在整个多模块项目的根目录运行 mvn -fae verify jixiao:aggregate")
assert log.contains("加 -fae（--fail-at-end）后，某个部门检查不通过不会中止其他部门的检查")
assert !log.contains("已汇总 0 个部门")
assert log.contains("BUILD FAILURE")
// 3: dept-a aggregated; dept-b named, with its missing file and what to run
def warning = log.readLines().find { it.contains("部门模块 dept-b 没有检查结果") }
assert warning != null : "no warning names dept-b"
assert warning.startsWith("[WARNING]") : warning
assert warning.contains("dept-b" + File.separator + "target" + File.separator + "jixiao" + File.separator + "findings.json 不存在")
assert warning.contains("先运行 verify 再汇总：mvn -fae verify jixiao:aggregate")
assert !log.readLines().any { it.contains("部门模块 dept-a 没有检查结果") && !it.contains("dept-b") }
assert log.contains("jixiao：已汇总 1 个部门")
assert !log.contains("aggregate-module-not-verified 没有检查结果") : "the parent is no department"
def agg = new JsonSlurper().parse(new File(basedir, "target/jixiao/aggregate.json"), "UTF-8")
assert agg.departments*.module == ["dept-a"]
assert !(log =~ /\n\s+at [a-z]+\.[a-z]/) : "stack trace in the log"
return true
