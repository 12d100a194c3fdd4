def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
common.copySample(new File(basedir, "futian"), new File(repoRoot))
// a project's filing (the project-self-evaluation IT's), its department.json naming the department framework, as a pull
// request may: the pom's jixiao.framework, from the base branch, decides
def from = new File(repoRoot, "src/it/project-self-evaluation/submission")
def to = new File(basedir, "pingshan-edu/submission")
to.mkdirs()
from.eachFile { f -> new File(to, f.name).bytes = f.bytes }
def dep = new File(to, "department.json")
def text = dep.getText("UTF-8")
assert text.contains('"framework": "mof-project-2020"')
dep.setText(text.replace('"framework": "mof-project-2020"', '"framework": "shenzhen-department-2024"'), "UTF-8")
return true
