import groovy.json.JsonSlurper

def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")
def findings = new File(basedir, "target/jixiao/findings.json")
assert findings.isFile()
def json = new JsonSlurper().parse(findings, "UTF-8")
assert json.department == "深圳市福田区科技和工业信息化局（本级）"
assert json.files.size() == 7
assert !json.findings.any { it.rule in ["json-syntax", "json-encoding", "schema", "schema-unknown"] }
assert new File(basedir, "target/jixiao/findings.sarif").isFile()
// the submission is never written
def orig = new File(repoRoot, "sample-submission/submission")
orig.eachFile { f -> assert new File(basedir, "submission/" + f.name).bytes == f.bytes }
return true
