def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
def sub = common.copySample(basedir, new File(repoRoot))
new File(sub, "management.json").bytes = new byte[0]
return true
