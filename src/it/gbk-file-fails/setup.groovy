def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
def sub = common.copySample(basedir, new File(repoRoot))
def f = new File(sub, "management.json")
f.bytes = f.getText("UTF-8").getBytes("GBK")
return true
