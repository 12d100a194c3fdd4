def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
def sub = common.copySample(basedir, new File(repoRoot))
def f = new File(sub, "department.json")
f.setText(f.getText("UTF-8").replaceFirst('"preparer": "[^"]*"', '"preparer": "' + ("填" * 10_000_000) + '"'), "UTF-8")
return true
