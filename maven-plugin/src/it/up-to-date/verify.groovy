// Run 1 built, run 2 found nothing changed and did nothing, run 3 saw the edited site.yaml and rebuilt:
// for the guide and for the packets alike.
def log = new File(basedir, 'build.log').getText('UTF-8')
def check = { String what, String builtPattern, String upToDatePattern ->
    def built = log.findAll(builtPattern)
    def upToDate = log.findAll(upToDatePattern)
    assert built.size() == 2 : "$what: expected 2 builds, build.log shows ${built.size()}"
    assert upToDate.size() == 1 : "$what: expected 1 up-to-date run, build.log shows ${upToDate.size()}"
    // In that order: build, up to date, build.
    def first = log.indexOf(built[0])
    def skipped = log.indexOf(upToDate[0])
    def last = log.lastIndexOf(built[1])
    assert first < skipped && skipped < last : "$what: the runs are not build, up to date, build"
}
check('guide', /Built the guide: \d+ pages/, /The guide in \S+ is up to date: no input changed since the last build\./)
check('packets', /Rendered 1 of 1 packets/, /The packets in \S+ are up to date: no input changed since the last build\./)

def home = new File(basedir, 'target/site/index.html').getText('UTF-8')
assert home.contains('Coffee chats, second edition')
assert new File(basedir, 'target/coffeechat-stamps/generate-guide.stamp').isFile()
assert new File(basedir, 'target/coffeechat-stamps/packets-cohort.stamp').isFile()
assert new File(basedir, 'target/packets/darya.pdf').isFile()
true
