// Every file of the two runs, PDFs included, is byte-for-byte the same, and both runs wrote the same set of files.
import java.nio.file.Files

def tree = { File root ->
    def files = [:] as TreeMap
    root.eachFileRecurse(groovy.io.FileType.FILES) { f ->
        files[root.toPath().relativize(f.toPath()).toString()] = f
    }
    files
}
def run1 = tree(new File(basedir, 'target/run1'))
def run2 = tree(new File(basedir, 'target/run2'))
assert run1.size() > 30 : "run1 wrote only ${run1.size()} files"
assert run1.keySet().containsAll(['packets/zoe.pdf', 'packets/darya.pdf', 'packets/zoe/tracker.xlsx',
                                  'packets/zoe/calendar.ics', 'packets/zoe/index.html', 'site/index.html']) : "run1 wrote ${run1.keySet()}"
assert run1.keySet() == run2.keySet()
run1.each { path, file ->
    assert Arrays.equals(Files.readAllBytes(file.toPath()), Files.readAllBytes(run2[path].toPath())) : "$path differs"
}
def log = new File(basedir, 'build.log').getText('UTF-8')
assert (log =~ /Built the guide: /).count == 2 : 'expected two builds of the guide in build.log'
assert (log =~ /Rendered 2 of 2 packets/).count == 2 : 'expected two builds of the packets in build.log'
true
