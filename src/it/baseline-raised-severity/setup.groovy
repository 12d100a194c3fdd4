def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
common.copySample(basedir, new File(repoRoot))
common.copySample(new File(basedir, "raised"), new File(repoRoot))
return true
