def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
def sub = common.copySample(basedir, new File(repoRoot))
// cut two files in the middle of a value
["tasks.json", "budget.json"].each { name ->
    def f = new File(sub, name)
    def b = f.bytes
    f.bytes = Arrays.copyOf(b, (int) (b.length / 2))
}
return true
