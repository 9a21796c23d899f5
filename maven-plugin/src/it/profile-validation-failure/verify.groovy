// The validate goal checked every profile of profiles/ and failed once, naming each mistake at its place.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
        'coffeechat found 2 errors:',
        "profiles/ana.yaml:19:20: 'requestSent' must be a date written YYYY-MM-DD, such as 2026-01-12; found '12/01/2026'",
        "profiles/bea.yaml:16:12: 'email' is not an email address: 'tomas.harbour.example' (write it as name@example.org)",
]
expected.each { assert log.contains(it) : "build.log does not contain: $it" }
// The good profile gave no error.
assert !log.contains('profiles/zoe.yaml') : 'zoe.yaml was reported as wrong'
assert !log.contains('at org.coffeechat.') : 'build.log shows a coffeechat stack trace'
true
