// The build failed in the validate phase with both mistakes, each at its file, line and column.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
        'coffeechat found 2 errors:',
        "site.yaml:1:1: unknown key 'titel' in the site config; did you mean 'title'?",
        'site.yaml:4:12: colors.primary must be a colour like "#1f4e79", found \'#12345\'',
]
expected.each { assert log.contains(it) : "build.log does not contain: $it" }
assert (log =~ /Failed to execute goal org\.coffeechat:coffeechat-maven-plugin:[^:]+:validate \(default\)/).find() :
        'the validate goal did not fail the build'
// A mistake in the user's files is a build failure, not a crash: no stack trace of coffeechat.
assert !log.contains('at org.coffeechat.') : 'build.log shows a coffeechat stack trace'
assert !log.contains('This is a bug in coffeechat') : 'a user mistake was reported as a bug'
// Nothing was built.
assert !new File(basedir, 'target/site').exists()
true
