// `mvn site` built the whole guide into target/site from the built-in content, with this site's title.
def site = new File(basedir, 'target/site')
def index = new File(site, 'index.html')
assert index.isFile() : 'mvn site did not write target/site/index.html'
def html = index.getText('UTF-8')
assert html.contains('Coffee chats at Minimal College')
assert html.contains('Minimal College Career Centre')

// Every page kind of the guide is there, not just a home page.
['questions/index.html', 'outreach/index.html', 'etiquette/index.html', 'faq/index.html', '404.html', 'sitemap.xml']
        .each { assert new File(site, it).isFile() : "missing $it" }
assert new File(site, 'sitemap.xml').getText('UTF-8').contains('https://careers.minimal.example/guide/questions/')
def steps = new File(site, 'steps').listFiles().findAll { it.isDirectory() }
assert steps.size() >= 3 : "expected the built-in steps, found ${steps*.name}"
// The site plugin's own pages were skipped: the guide is the only thing in target/site.
assert !new File(site, 'project-info.html').exists()

def log = new File(basedir, 'build.log').getText('UTF-8')
assert (log =~ /Built the guide: \d+ pages \(\d+ files\) into .*target.site/).find() : 'no "Built the guide" line in build.log'
assert !log.contains('[WARNING] (built-in)') : 'the built-in content should build without warnings'
true
