def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
["a", "b"].each { common.copySample(new File(basedir, "dept-" + it), new File(repoRoot)) }
return true
