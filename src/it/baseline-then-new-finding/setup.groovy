def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
common.copySample(basedir, new File(repoRoot))
def sub = common.copySample(new File(basedir, "changed"), new File(repoRoot))
def f = new File(sub, "budget.json")
def text = f.getText("UTF-8")
assert text.contains("444.12")
f.setText(text.replace("444.12", "454.12"), "UTF-8")
return true
