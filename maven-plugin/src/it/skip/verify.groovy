// Both goals ran, saw coffeechat.skip, and did nothing: no failure for the broken site.yaml, no output.
def log = new File(basedir, 'build.log').getText('UTF-8')
['Skipping coffeechat:validate (coffeechat.skip is set).', 'Skipping coffeechat:generate (coffeechat.skip is set).']
        .each { assert log.contains(it) : "build.log does not contain: $it" }
assert !log.contains("unknown key 'titel'") : 'site.yaml was read although the goals were skipped'
assert !new File(basedir, 'target/site').exists()
assert !new File(basedir, 'target/coffeechat-stamps').exists()
true
