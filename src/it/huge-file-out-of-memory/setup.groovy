import groovy.json.JsonOutput
import groovy.json.JsonSlurper

def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
def sub = common.copySample(basedir, new File(repoRoot))
// the sample's indicators repeated to 40,000 rows (about 7.6 MB): more than a 96 MB heap holds once parsed and reported
def f = new File(sub, "indicators.json")
def doc = new JsonSlurper().parse(f, "UTF-8")
def rows = doc.indicators.findAll { it.name != null }
def big = []
int n = 0
while (n < 40000) {
    rows.each { r ->
        def c = new LinkedHashMap(r)
        c.name = r.name + "·" + n
        big << c
        n++
    }
}
doc.indicators = big
f.setText(JsonOutput.toJson(doc), "UTF-8")
return true
