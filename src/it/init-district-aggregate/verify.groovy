import groovy.json.JsonSlurper

// Each department's pom names its folder as its artifactId (init's default), so the reactor of two departments of one
// year builds, and the aggregate tells them apart by module.
["science", "education"].each { d ->
    def pom = new File(basedir, d + "/pom.xml").getText("UTF-8")
    assert pom.contains("<artifactId>" + d + "</artifactId>") : d
    assert pom.contains("<version>2025.1</version>") : d
}
def log = new File(basedir, "build.log").getText("UTF-8")
assert !log.contains("is duplicated in the reactor")
assert !log.contains("BUILD FAILURE")
def agg = new JsonSlurper().parse(new File(basedir, "target/jixiao/aggregate.json"), "UTF-8")
assert agg.departments*.module as Set == ["science", "education"] as Set
assert agg.departments*.department as Set == ["示例区科学技术协会", "示例区教育局"] as Set
return true
