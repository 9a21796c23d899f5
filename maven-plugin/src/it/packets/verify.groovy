// Every profile of profiles/ became a PDF packet (and its print HTML) and a personal guide in target/packets.
def packets = new File(basedir, 'target/packets')
['zoe', 'darya'].each { name ->
    def pdf = new File(packets, "${name}.pdf")
    assert pdf.isFile() : "no ${name}.pdf"
    def bytes = pdf.bytes
    assert new String(bytes, 0, 5, 'ISO-8859-1') == '%PDF-' : "${name}.pdf is not a PDF"
    assert bytes.length > 20_000 : "${name}.pdf is only ${bytes.length} bytes"
    // The PDF's date is the project's outputTimestamp, not the clock.
    assert new String(bytes, 'ISO-8859-1').contains('/CreationDate(D:20260301093000Z)') : "${name}.pdf has another date"
}
// The personal guide of each student, beside the PDF: pages, timeline, tracker, calendar.
['zoe', 'darya'].each { name ->
    ['index.html', 'timeline.svg', 'tracker.csv', 'tracker.xlsx', 'calendar.ics'].each {
        assert new File(packets, "${name}/${it}").isFile() : "no ${name}/${it}"
    }
}
assert new File(packets, 'darya/tracker.csv').getText('UTF-8').contains('王小明')
def calendar = new File(packets, 'zoe/calendar.ics').getText('UTF-8')
assert calendar.contains('BEGIN:VCALENDAR')
// The calendar's time stamp is the project's outputTimestamp, not the clock.
assert calendar.contains('DTSTAMP:20260301T093000Z') : 'the calendar is stamped with another date'
def zoe = new File(packets, 'zoe.html').getText('UTF-8')
assert zoe.contains('Zoë Ñúñez')
def darya = new File(packets, 'darya.html').getText('UTF-8')
assert darya.contains('Дарья Соколова')
assert darya.contains('王小明')
assert darya.contains('Harbour Analytics')
// A4 was asked for.
assert darya.contains('size: a4') : 'the print HTML does not ask for A4'

def log = new File(basedir, 'build.log').getText('UTF-8')
['Rendering the packets of 2 profiles in ', 'profiles/darya.yaml -> darya.pdf', 'profiles/zoe.yaml -> zoe.pdf',
 'Rendered 2 of 2 packets into '].each { assert log.contains(it) : "build.log does not contain: $it" }
// A good cohort leaves a quiet log: no warning from coffeechat or from a library it uses (ical4j once
// logged its own validation of every calendar here).
assert !log.contains('[WARNING]') : 'the build log has a warning'
assert !log.contains('ical4j') : 'ical4j talks in the build log'
// Nothing of the packets lands in a published site folder.
assert !new File(basedir, 'target/site').exists()
true
