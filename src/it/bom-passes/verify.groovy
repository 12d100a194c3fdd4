import groovy.json.JsonSlurper

def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")
def json = new JsonSlurper().parse(new File(basedir, "target/jixiao/findings.json"), "UTF-8")
assert !json.findings.any { it.rule.startsWith("json-") || it.rule.startsWith("schema") }
assert json.files.size() == 7
return true
