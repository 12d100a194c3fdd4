def a = new File(basedir, "run1/target/jixiao")
def b = new File(basedir, "run2/target/jixiao")
def names = a.list().findAll { !it.startsWith(".") }.sort()
assert names.containsAll(["findings.json", "findings.sarif", "score-summary.json", "score-summary.md", "score-summary.html", "score-summary.xlsx"])
assert names == b.list().findAll { !it.startsWith(".") }.sort()
names.each { assert new File(a, it).bytes == new File(b, it).bytes : it }
return true
