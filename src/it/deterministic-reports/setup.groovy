def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
common.copySample(new File(basedir, "run1"), new File(repoRoot))
common.copySample(new File(basedir, "run2"), new File(repoRoot))
return true
