// Shared by the ITs' setup scripts: copies the sample submission into the IT project.
def copySample(File basedir, File repoRoot) {
    def from = new File(repoRoot, "sample-submission/submission")
    def to = new File(basedir, "submission")
    to.mkdirs()
    from.eachFile { f -> new File(to, f.name).bytes = f.bytes }
    return to
}
return this
