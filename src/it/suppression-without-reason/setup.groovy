def common = evaluate(new File(repoRoot, "src/it/common.groovy"))
common.copySample(basedir, new File(repoRoot))
new File(basedir, "jixiao-suppressions.json").setText('''{
  "suppressions": [
    {"rule": "indicator-target-missed", "file": "submission/indicators.json"}
  ]
}
''', "UTF-8")
return true
