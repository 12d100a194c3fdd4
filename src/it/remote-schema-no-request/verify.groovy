def server = System.properties.get("jixiao.it.server")
def hits = System.properties.get("jixiao.it.hits")
try {
    def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
    common.assertFinding(basedir, "submission/management.json", "schema-unknown", "不访问网络")
    assert hits.get() == 0 : "jixiao made " + hits.get() + " request(s) to the loopback server"
} finally {
    server?.stop(0)
}
return true
