// bea.yaml has a wrong email: it is named with its place, zoe's packet is still made, and the build fails.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
        'profiles/bea.yaml: not rendered (its problems are listed at the end)',
        'profiles/zoe.yaml -> zoe.pdf',
        'Rendered 1 of 2 packets into ',
        'coffeechat could not make the packet of 1 profile (the others were rendered):',
        "profiles/bea.yaml:16:12: 'email' is not an email address: 'tomas.harbour.example' (write it as name@example.org)",
]
expected.each { assert log.contains(it) : "build.log does not contain: $it" }
assert (log =~ /Failed to execute goal org\.coffeechat:coffeechat-maven-plugin:[^:]+:packets \(cohort\)/).find()
assert new File(basedir, 'target/packets/zoe.pdf').isFile()
assert !new File(basedir, 'target/packets/bea.pdf').exists()
// A run with a failed profile is not recorded as up to date: the next run tries again.
assert !new File(basedir, 'target/coffeechat-stamps/packets-cohort.stamp').exists()
true
