// Run 1 built, run 2 found nothing changed and did nothing, run 3 saw the edited site.yaml and rebuilt.
def log = new File(basedir, 'build.log').getText('UTF-8')
def built = log.findAll(/Built the guide: \d+ pages/)
def upToDate = log.findAll(/The guide in \S+ is up to date: no input changed since the last build\./)
assert built.size() == 2 : "expected 2 builds, log shows ${built.size()}"
assert upToDate.size() == 1 : "expected 1 up-to-date run, log shows ${upToDate.size()}"
// In that order: build, up to date, build.
assert log.indexOf(upToDate[0]) > log.indexOf(built[0]) : 'the up-to-date run came before the first build'
assert log.lastIndexOf('Built the guide: ') > log.indexOf(upToDate[0]) : 'no rebuild after the edit'

def home = new File(basedir, 'target/site/index.html').getText('UTF-8')
assert home.contains('Coffee chats, second edition')
assert new File(basedir, 'target/coffeechat-stamps/generate-guide.stamp').isFile()
true
