def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
def sub = common.copySample(basedir, new File(repoRoot))
sub.eachFile { f ->
    def out = new ByteArrayOutputStream()
    out.write([0xEF, 0xBB, 0xBF] as byte[])
    out.write(f.bytes)
    f.bytes = out.toByteArray()
}
return true
