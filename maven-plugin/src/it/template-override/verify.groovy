// The site's templates/home.ftlh replaced the theme's home page; every other page kept the theme's template.
def guide = new File(basedir, 'target/guide')
def home = new File(guide, 'index.html').getText('UTF-8')
assert home.contains('<p id="booking-banner">Book a practice coffee chat with an adviser before your first real one.</p>')
assert !home.contains('class="hero"') : 'the theme home template was used instead of the override'
// The override still renders inside the theme's layout.
assert home.contains('Coffee chats at Override University')
assert home.contains('class="skip-link"')

// A page the site did not override comes from the built-in theme.
def faq = new File(guide, 'faq/index.html').getText('UTF-8')
assert faq.contains('class="skip-link"')
assert !faq.contains('booking-banner')

// The site's static/ files are copied over the theme's, and the logo is used.
assert new File(guide, 'img/logo.svg').getText('UTF-8').contains('<circle')
assert home.contains('img/logo.svg')
assert new File(guide, 'css/site.css').isFile()

def log = new File(basedir, 'build.log').getText('UTF-8')
assert (log =~ /coffeechat:[^:]+:generate \(guide\)/).find() : 'the generate execution "guide" did not run'
true
