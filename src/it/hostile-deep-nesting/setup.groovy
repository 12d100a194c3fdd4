def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
def sub = common.copySample(basedir, new File(repoRoot))
def n = 200000
new File(sub, "tasks.json").setText('{"$schema": "https://jixiao.github.io/schemas/v1/tasks.schema.json", "tasks": ' + ("[" * n) + ("]" * n) + "}", "UTF-8")
return true
