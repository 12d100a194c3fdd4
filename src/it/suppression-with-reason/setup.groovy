import groovy.json.JsonSlurper
import groovy.json.JsonOutput

def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
def sub = common.copySample(basedir, new File(repoRoot))
def indicators = new JsonSlurper().parse(new File(sub, "indicators.json"), "UTF-8").indicators
int i = indicators.findIndexOf { it.name == "招引人才数量" }
assert i >= 0
new File(basedir, "jixiao-suppressions.json").setText(JsonOutput.prettyPrint(JsonOutput.toJson([suppressions: [
    [rule: "indicator-target-missed", file: "submission/indicators.json", name: "招引人才数量",
     reason: "招引人才 150 人：受政策调整影响，已在自评报告中说明，经财政局同意"]
]])), "UTF-8")
return true
