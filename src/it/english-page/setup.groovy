def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
common.copySample(basedir, new File(repoRoot))
return true
