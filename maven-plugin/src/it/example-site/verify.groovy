// site/pom.xml built the Lakeshore guide into site/target/site from the repository's content and theme,
// and the example profiles' packets into site/target/packets.
def root = new File(basedir, '../../../..').canonicalFile
def site = new File(root, 'site/target/site')
def home = new File(site, 'index.html')
assert home.isFile() : "no $home"
def html = home.getText('UTF-8')
assert html.contains('Lakeshore College Career Centre')
assert html.contains('img/logo.svg')
assert new File(site, 'img/logo.svg').isFile()
assert new File(site, 'sitemap.xml').getText('UTF-8').contains('https://careers.lakeshore.example/coffee-chats/')

// Every step folder of the repository's content/ became a section of the site.
def steps = new File(root, 'content/steps').listFiles().findAll { it.isDirectory() }*.name.collect { it.replaceFirst(/^\d+-/, '') }
steps.each { assert new File(site, "steps/$it/index.html").isFile() : "section $it missing" }

def log = new File(basedir, 'build.log').getText('UTF-8')
assert (log =~ /Built the guide: \d+ pages/).find() : 'no "Built the guide" line in build.log'
// The validate phase checked the example profiles in site/profiles too.
assert (log =~ /No errors in the guide's content, site config and theme or in the \d+ profiles of .*profiles/).find() :
        'the example profiles were not checked'

// The example profiles' packets are beside the site, not in it.
def profiles = new File(root, 'site/profiles').listFiles().findAll { it.name.endsWith('.yaml') }
assert profiles : 'site/profiles has no example profile'
profiles.each { p ->
    def pdf = new File(root, "site/target/packets/${p.name.replaceFirst(/\.yaml$/, '.pdf')}")
    assert pdf.isFile() : "no packet for ${p.name}"
    def guide = new File(root, "site/target/packets/${p.name.replaceFirst(/\.yaml$/, '')}/index.html")
    assert guide.isFile() : "no personal guide for ${p.name}"
}
assert !new File(site, 'packets').exists()
site.eachFileRecurse { assert !it.name.endsWith('.pdf') : "a PDF in the public site: $it" }
assert (log =~ /Rendered \d+ of \d+ packets into .*site.target.packets/).find() : 'no packets line in build.log'

// site/pom.xml names the plugin version this build made; a version bump must update it too.
def pom = new File(root, 'site/pom.xml').getText('UTF-8')
assert pom.contains("<coffeechat.version>${pluginVersion}</coffeechat.version>") : 'site/pom.xml uses another coffeechat version'
true
