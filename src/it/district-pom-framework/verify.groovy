import groovy.json.JsonSlurper

// docs/ci.md, "A district's repository": each department's pom.xml names its framework (<jixiao.framework>), which
// overrides department.json as -Djixiao.framework does, module by module; the department without one is scored on its
// department.json's (CiRecipesTest holds the recipe's names; this, what Maven does with them)

def log = new File(basedir, "build.log").getText("UTF-8")
assert log.contains("BUILD SUCCESS")

def project = new JsonSlurper().parse(new File(basedir, "pingshan-edu/target/jixiao/score-summary.json"), "UTF-8")
assert project.frameworkId == "mof-project-2020" : project.frameworkId
assert (project.total as BigDecimal) == 84.00G   // as the project-self-evaluation IT, on its own department.json
def findings = new JsonSlurper().parse(new File(basedir, "pingshan-edu/target/jixiao/findings.json"), "UTF-8")
assert !findings.findings.any { it.rule == "framework-invalid" } : findings.findings.findAll { it.rule == "framework-invalid" }

def department = new JsonSlurper().parse(new File(basedir, "futian/target/jixiao/score-summary.json"), "UTF-8")
assert department.frameworkId == "shenzhen-department-2024"
assert (department.total as BigDecimal) == 96.15G

def aggregate = new JsonSlurper().parse(new File(basedir, "target/jixiao/aggregate.json"), "UTF-8")
assert aggregate.departments.size() == 2
return true
