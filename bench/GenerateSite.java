import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a synthetic guide of N Markdown pages twice: as a coffeechat content folder and as an
 * equivalent Hugo site, for bench/run.sh.
 *
 * <pre>
 *   java bench/GenerateSite.java N OUTDIR [--hugo-links=relref|plain] [--content=DIR]
 * </pre>
 *
 * OUTDIR/coffeechat is the content folder ({@code coffeechat build --content OUTDIR/coffeechat});
 * OUTDIR/hugo is the Hugo site ({@code hugo -s OUTDIR/hugo}). OUTDIR is emptied first.
 *
 * <p>Pages: about 100 per section, about 500 words each (front matter, an intro, four H2 sections,
 * a bullet list, a numbered list, a table, bold/italic/code, and five links to other pages of the
 * site). Everything is deterministic: one {@link Random} seeded with {@link #SEED}, so the same N
 * always gives byte-identical files. The Markdown bodies are the same for both tools except the
 * link targets: coffeechat's relative file links ({@code ../003-part-003/page-0042.md}) and, for
 * Hugo, {@code {{< relref "/part-003/page-0042.md" >}}} (checked by Hugo, as coffeechat checks its
 * links) or, with {@code --hugo-links=plain}, a plain relative link to the output file.
 *
 * <p>The small YAML files coffeechat needs (etiquette, questions, outreach, policies) are copied
 * unchanged from the repository's content/ folder (default: ./content); faq.yaml is replaced by
 * a two-entry one because the real one links to guide pages that the synthetic site does not have.
 */
public final class GenerateSite {

    static final long SEED = 20240611L;
    static final int PAGES_PER_SECTION = 100;

    static final String[] WORDS = ("conversation student career question answer network contact meeting industry "
            + "research company role experience advice interview coffee follow thank note introduction profile "
            + "alumni professor mentor field path skill project team manager engineer designer analyst market "
            + "product client customer budget schedule deadline report data insight trend change growth challenge "
            + "opportunity internship application resume portfolio reference referral message email call video "
            + "office city travel week month year morning afternoon evening plan goal step list table summary "
            + "detail example story lesson habit tool method practice feedback review draft version outline "
            + "topic theme point reason result effect cause value choice option risk reward time effort focus "
            + "clear short long simple careful honest friendly polite curious practical useful quick slow early "
            + "late first last next previous better best real small large common rare open direct formal informal "
            + "prepare ask listen learn share write read send meet plan choose check keep start finish explain "
            + "describe suggest remember notice compare decide improve follow understand expect offer accept")
            .split(" ");
    static final String[] TITLE_WORDS = ("Asking Listening Preparing Following Researching Writing Meeting Choosing "
            + "Planning Thanking Reviewing Comparing Explaining Improving Understanding Noticing Deciding Starting "
            + "Finishing Keeping").split(" ");

    final int n;
    final Path out;
    final boolean relref;
    final Path repoContent;
    final Random random = new Random(SEED);
    final int sections;

    GenerateSite(int n, Path out, boolean relref, Path repoContent) {
        this.n = n;
        this.out = out;
        this.relref = relref;
        this.repoContent = repoContent;
        this.sections = (n + PAGES_PER_SECTION - 1) / PAGES_PER_SECTION;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java bench/GenerateSite.java N OUTDIR [--hugo-links=relref|plain] [--content=DIR]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        boolean relref = true;
        Path content = Path.of("content");
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--hugo-links=plain")) {
                relref = false;
            } else if (args[i].equals("--hugo-links=relref")) {
                relref = true;
            } else if (args[i].startsWith("--content=")) {
                content = Path.of(args[i].substring("--content=".length()));
            } else {
                System.err.println("unknown option " + args[i]);
                System.exit(2);
            }
        }
        if (!Files.isRegularFile(content.resolve("etiquette.yaml"))) {
            System.err.println("cannot find the repository's content folder at " + content.toAbsolutePath()
                    + " (run from the repository root or pass --content=DIR)");
            System.exit(2);
        }
        new GenerateSite(n, out, relref, content).write();
    }

    // ---- naming ---------------------------------------------------------------------------

    int sectionOf(int page) {
        return page / PAGES_PER_SECTION + 1;
    }

    int pagesIn(int section) {
        return Math.min(PAGES_PER_SECTION, n - (section - 1) * PAGES_PER_SECTION);
    }

    /** Hugo section folder and coffeechat section slug: part-003. */
    static String slug(int section) {
        return String.format("part-%03d", section);
    }

    /** coffeechat section folder: 003-part-003 (the number sorts, the rest is the address). */
    static String folder(int section) {
        return String.format("%03d-%s", section, slug(section));
    }

    static String pageName(int page) {
        return String.format("page-%05d", page + 1);
    }

    // ---- text -----------------------------------------------------------------------------

    String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    String words(int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(word());
        }
        return b.toString();
    }

    /** A paragraph of about {@code count} words in sentences, with some emphasis. */
    String paragraph(int count) {
        StringBuilder b = new StringBuilder();
        int written = 0;
        while (written < count) {
            int len = 8 + random.nextInt(9);
            String s = words(len);
            switch (random.nextInt(6)) {
                case 0 -> s = s.replaceFirst(" (\\w+) ", " **$1** ");
                case 1 -> s = s.replaceFirst(" (\\w+) ", " *$1* ");
                case 2 -> s = s.replaceFirst(" (\\w+) ", " `$1` ");
                default -> { }
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(Character.toUpperCase(s.charAt(0))).append(s.substring(1)).append('.');
            written += len;
        }
        return b.toString();
    }

    /** Plain sentences (no Markdown), for titles and summaries shown in lists and meta tags. */
    String sentence(int count) {
        String w = words(count);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1) + ".";
    }

    String title(int page) {
        return TITLE_WORDS[page % TITLE_WORDS.length] + " " + words(2) + " " + (page + 1);
    }

    String heading() {
        String w = words(3);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    // ---- pages ----------------------------------------------------------------------------

    /** One page body with link placeholders \u0000TARGET\u0000 (a page index) filled per tool. */
    record Body(String text) {
    }

    /** A link to another page: {@code [text](LINK:index)}; rendered per tool by {@link #links}. */
    String link(int self) {
        int target = random.nextInt(n);
        if (target == self) {
            target = (target + 1) % n;
        }
        return "[" + words(2 + random.nextInt(2)) + "](\u0000" + target + "\u0000)";
    }

    Body body(int self) {
        StringBuilder b = new StringBuilder();
        b.append(paragraph(50)).append(' ').append("See ").append(link(self)).append(".\n\n");
        for (int h = 0; h < 4; h++) {
            b.append("## ").append(heading()).append(' ').append(h + 1).append("\n\n");
            b.append(paragraph(45)).append("\n\n");
            switch (h) {
                case 0 -> {
                    for (int i = 0; i < 5; i++) {
                        b.append("- **").append(word()).append("**: ").append(words(7)).append(";\n");
                    }
                    b.append('\n');
                }
                case 1 -> {
                    b.append("| Step | What to do | Why it matters |\n|---|---|---|\n");
                    for (int i = 0; i < 4; i++) {
                        b.append("| ").append(i + 1).append(" | ").append(words(4)).append(" | ").append(words(5))
                                .append(" |\n");
                    }
                    b.append('\n');
                }
                case 2 -> {
                    for (int i = 0; i < 4; i++) {
                        b.append(i + 1).append(". ").append(words(6));
                        if (i == 1) {
                            b.append(", as in ").append(link(self));
                        }
                        b.append(";\n");
                    }
                    b.append('\n');
                }
                default -> { }
            }
            b.append(paragraph(40)).append(" Read ").append(link(self)).append(" next.\n\n");
        }
        return new Body(b.toString());
    }

    /** Fills the link placeholders of {@code body}, written in page {@code self}'s file. */
    String links(Body body, boolean hugo) {
        StringBuilder b = new StringBuilder(body.text().length() + 256);
        String t = body.text();
        int i = 0;
        while (true) {
            int start = t.indexOf('\u0000', i);
            if (start < 0) {
                b.append(t, i, t.length());
                return b.toString();
            }
            int end = t.indexOf('\u0000', start + 1);
            int target = Integer.parseInt(t.substring(start + 1, end));
            int sec = sectionOf(target);
            b.append(t, i, start);
            if (!hugo) {
                b.append("../").append(folder(sec)).append('/').append(pageName(target)).append(".md");
            } else if (relref) {
                b.append("{{< relref \"/").append(slug(sec)).append('/').append(pageName(target)).append(".md\" >}}");
            } else {
                b.append("../").append(slug(sec)).append('/').append(pageName(target)).append(".html");
            }
            i = end + 1;
        }
    }

    static String yamlString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // ---- writing --------------------------------------------------------------------------

    void write() throws IOException {
        deleteTree(out);
        Path cc = out.resolve("coffeechat");
        Path hugo = out.resolve("hugo");
        Files.createDirectories(cc.resolve("steps"));
        Files.createDirectories(hugo.resolve("content"));

        // Shared YAML files for coffeechat, copied unchanged (faq.yaml written below).
        for (String f : List.of("etiquette.yaml", "outreach.yaml", "policies.yaml")) {
            Files.copy(repoContent.resolve(f), cc.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.createDirectories(cc.resolve("questions"));
        try (Stream<Path> qs = Files.list(repoContent.resolve("questions"))) {
            for (Path q : qs.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Files.copy(q, cc.resolve("questions").resolve(q.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        writeString(cc.resolve("faq.yaml"), """
                questions:
                  - id: how-long
                    question: How long should a meeting last?
                    answer: |
                      About {{meetingMinutes}} minutes. Keep to it.
                  - id: what-to-bring
                    question: What should I bring?
                    answer: |
                      A notebook, your questions and a pen.
                """);

        // Home page.
        String homeTitle = "Synthetic guide of " + n + " pages";
        String homeSummary = "A generated site for the coffeechat benchmark.";
        Body homeBody = new Body(paragraph(60) + "\n\nStart with " + "[the first page](\u00000\u0000).\n");
        writeString(cc.resolve("home.md"), "---\ntitle: " + yamlString(homeTitle) + "\nsummary: " + yamlString(homeSummary)
                + "\n---\n" + links(homeBody, false).replace("](../", "](/steps/"));
        writeString(hugo.resolve("content/_index.md"), "---\ntitle: " + yamlString(homeTitle) + "\ndescription: "
                + yamlString(homeSummary) + "\n---\n" + links(homeBody, true).replace("](../", "]("));

        int page = 0;
        for (int s = 1; s <= sections; s++) {
            Path ccDir = cc.resolve("steps").resolve(folder(s));
            Path hugoDir = hugo.resolve("content").resolve(slug(s));
            Files.createDirectories(ccDir);
            Files.createDirectories(hugoDir);
            String sTitle = "Part " + s + ": " + heading();
            String sSummary = sentence(12);
            String intro = paragraph(40) + "\n";
            writeString(ccDir.resolve("_section.md"), "---\ntitle: " + yamlString(sTitle) + "\norder: " + s
                    + "\nsummary: " + yamlString(sSummary) + "\n---\n" + intro);
            writeString(hugoDir.resolve("_index.md"), "---\ntitle: " + yamlString(sTitle) + "\nweight: " + s
                    + "\ndescription: " + yamlString(sSummary) + "\n---\n" + intro);
            for (int i = 1; i <= pagesIn(s); i++, page++) {
                String title = title(page);
                String summary = sentence(14);
                Body body = body(page);
                String name = pageName(page) + ".md";
                writeString(ccDir.resolve(name), "---\ntitle: " + yamlString(title) + "\norder: " + i + "\nsummary: "
                        + yamlString(summary) + "\n---\n" + links(body, false));
                writeString(hugoDir.resolve(name), "---\ntitle: " + yamlString(title) + "\nweight: " + i
                        + "\ndescription: " + yamlString(summary) + "\n---\n" + links(body, true));
            }
        }
        writeHugoSkeleton(hugo);
        System.out.println("Wrote " + n + " pages in " + sections + " sections: " + cc + " and " + hugo
                + (relref ? " (Hugo links: relref)" : " (Hugo links: plain)"));
    }

    /** Hugo config and minimal templates equivalent to coffeechat's step/section/steps pages. */
    void writeHugoSkeleton(Path hugo) throws IOException {
        writeString(hugo.resolve("config.toml"), """
                baseURL = "/"
                title = "Synthetic guide"
                languageCode = "en"
                disableKinds = ["taxonomy", "term", "RSS"]
                relativeURLs = true
                uglyURLs = true
                enableRobotsTXT = false

                [markup.goldmark.renderer]
                unsafe = false

                [markup.tableOfContents]
                startLevel = 2
                endLevel = 2
                """);
        Path layouts = hugo.resolve("layouts/_default");
        Files.createDirectories(layouts);
        writeString(layouts.resolve("baseof.html"), """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} · {{ site.Title }}{{ end }}</title>
                {{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
                <link rel="stylesheet" href="{{ "css/site.css" | relURL }}">
                </head>
                <body class="kind-{{ .Kind }}">
                <a class="skip-link" href="#main">Skip to main content</a>
                <header class="site-header">
                  <div class="wrap header-inner">
                    <a class="brand" href="{{ "/" | relURL }}"><span class="brand-title">{{ site.Title }}</span></a>
                    <nav class="site-nav" aria-label="Main">
                      <ul>
                        <li><a href="{{ "/" | relURL }}">Guide</a></li>
                      </ul>
                    </nav>
                  </div>
                </header>
                {{ if not .IsHome }}
                <nav class="breadcrumbs wrap" aria-label="Breadcrumb">
                  <ol>
                    <li><a href="{{ "/" | relURL }}">Home</a></li>
                    {{ if .IsPage }}<li><a href="{{ .CurrentSection.RelPermalink }}">{{ .CurrentSection.Title }}</a></li>{{ end }}
                    <li><span aria-current="page">{{ .Title }}</span></li>
                  </ol>
                </nav>
                {{ end }}
                <main id="main" class="wrap" tabindex="-1">
                {{ block "main" . }}{{ end }}
                </main>
                <footer class="site-footer"><div class="wrap"><p><a href="{{ "/" | relURL }}">{{ site.Title }}</a></p></div></footer>
                </body>
                </html>
                """);
        writeString(layouts.resolve("single.html"), """
                {{ define "main" }}
                <article class="step">
                  <header class="step-header">
                    <p class="eyebrow"><a href="{{ .CurrentSection.RelPermalink }}">{{ .CurrentSection.Title }}</a> · Step {{ .Weight }} of {{ len .CurrentSection.Pages }}</p>
                    <h1>{{ .Title }}</h1>
                    <p class="lead">{{ .Description }}</p>
                  </header>
                  <nav class="toc" aria-label="On this page"><p class="toc-title">On this page</p>{{ .TableOfContents }}</nav>
                  <div class="prose">{{ .Content }}</div>
                </article>
                <nav class="pager" aria-label="Previous and next">
                  {{ with .PrevInSection }}<a class="pager-prev" href="{{ .RelPermalink }}" rel="prev"><span class="pager-label">Previous</span> <span class="pager-title">{{ .Title }}</span></a>{{ else }}<span></span>{{ end }}
                  {{ with .NextInSection }}<a class="pager-next" href="{{ .RelPermalink }}" rel="next"><span class="pager-label">Next</span> <span class="pager-title">{{ .Title }}</span></a>{{ end }}
                </nav>
                {{ end }}
                """);
        writeString(layouts.resolve("list.html"), """
                {{ define "main" }}
                <h1>{{ .Title }}</h1>
                <p class="lead">{{ .Description }}</p>
                <div class="prose">{{ .Content }}</div>
                {{ if .IsHome }}
                <ol class="step-outline">
                {{ range .Sections }}
                  <li>
                    <h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
                    <p>{{ .Description }}</p>
                    <ol>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <span class="muted">· {{ .Description }}</span></li>{{ end }}</ol>
                  </li>
                {{ end }}
                </ol>
                {{ else }}
                <h2 id="in-this-part">In this part</h2>
                <ol class="page-list">
                {{ range .Pages }}
                  <li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Description }}</p></li>
                {{ end }}
                </ol>
                {{ end }}
                {{ end }}
                """);
        Files.createDirectories(hugo.resolve("static/css"));
        writeString(hugo.resolve("static/css/site.css"), "body{font-family:sans-serif;max-width:60rem;margin:auto}\n");
    }

    static void writeString(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
