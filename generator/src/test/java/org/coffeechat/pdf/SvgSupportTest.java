package org.coffeechat.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of SVG features in docs/CONTENT.md, row by row: a feature the painter draws is drawn and
 * reported as nothing; one it cannot draw is named with its line, and the packet leaves the logo out.
 */
class SvgSupportTest {

    private static Picture picture(String body) {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                + "viewBox=\"0 0 40 40\">\n" + body + "\n</svg>\n";
        return Pictures.read("logo.svg", svg.getBytes(StandardCharsets.UTF_8));
    }

    private static String drawn(Picture picture) {
        ContentStream out = new ContentStream(new ContentStream.Resources(null), new PdfBytes(256));
        ((Pictures.SvgPicture) picture).draw(out, 0, 0, 40, 40);
        return out.bytes().toString();
    }

    static Stream<Arguments> drawnFeatures() {
        return Stream.of(
                Arguments.of("rect with rounded corners", "<rect width=\"40\" height=\"30\" rx=\"4\" fill=\"#ff0000\"/>", "1 0 0 rg"),
                Arguments.of("circle", "<circle cx=\"20\" cy=\"20\" r=\"5\" fill=\"#00ff00\"/>", "0 1 0 rg"),
                Arguments.of("ellipse", "<ellipse cx=\"20\" cy=\"20\" rx=\"5\" ry=\"3\" fill=\"blue\"/>", "0 0 1 rg"),
                Arguments.of("line", "<line x1=\"0\" y1=\"0\" x2=\"40\" y2=\"40\" stroke=\"#0000ff\"/>", "0 0 1 RG"),
                Arguments.of("polyline", "<polyline points=\"0,0 10,10 20,0\" fill=\"none\" stroke=\"red\"/>", "1 0 0 RG"),
                Arguments.of("polygon", "<polygon points=\"0,0 10,10 20,0\" fill=\"red\"/>", "1 0 0 rg"),
                Arguments.of("path with arcs", "<path d=\"M10 20a10 10 0 0 1 20 0z\" fill=\"red\"/>", " c\n"),
                Arguments.of("group with a transform", "<g transform=\"translate(5 5) rotate(45)\"><rect width=\"5\" height=\"5\"/></g>", " cm\n"),
                Arguments.of("use of a symbol in defs", "<defs><symbol id=\"s\"><rect width=\"5\" height=\"5\" fill=\"red\"/></symbol></defs>"
                        + "<use xlink:href=\"#s\" x=\"3\"/>", "1 0 0 rg"),
                Arguments.of("fill and stroke opacity", "<rect width=\"5\" height=\"5\" fill=\"red\" fill-opacity=\"0.5\"/>", null),
                Arguments.of("fill-rule evenodd", "<path d=\"M0 0h40v40H0zM10 10h20v20H10z\" fill-rule=\"evenodd\"/>", "f*"),
                Arguments.of("caps, joins and dashes", "<path d=\"M0 0L20 20\" stroke=\"red\" stroke-linecap=\"round\" "
                        + "stroke-linejoin=\"bevel\" stroke-dasharray=\"2 1\"/>", "] 0 d"),
                Arguments.of("style attribute", "<rect width=\"5\" height=\"5\" style=\"fill: #ff0000\"/>", "1 0 0 rg"),
                Arguments.of("style sheet with classes", "<style>.a { fill: rgb(255, 0, 0) }</style><rect class=\"a\" width=\"5\" height=\"5\"/>", "1 0 0 rg"),
                Arguments.of("gradient of one colour", "<linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"red\"/>"
                        + "<stop offset=\"1\" stop-color=\"#f00\"/></linearGradient><rect width=\"5\" height=\"5\" fill=\"url(#g)\"/>", "1 0 0 rg"),
                Arguments.of("currentColor", "<g color=\"red\"><rect width=\"5\" height=\"5\" fill=\"currentColor\"/></g>", "1 0 0 rg"),
                Arguments.of("opacity on a filled shape", "<rect width=\"5\" height=\"5\" fill=\"red\" opacity=\"0.5\"/>", null),
                Arguments.of("an unused mask and editor metadata", "<defs><mask id=\"m\"><rect width=\"1\" height=\"1\"/></mask></defs>"
                        + "<metadata><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/></metadata>"
                        + "<sodipodi:namedview xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\"/>"
                        + "<rect width=\"5\" height=\"5\" fill=\"red\"/>", "1 0 0 rg"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drawnFeatures")
    void drawsWhatItSupportsAndCallsItSupported(String feature, String body, String expected) {
        Picture p = picture(body);
        assertThat(p.unsupported()).as(feature).isEmpty();
        if (expected != null) { // transparency needs a whole document: PdfBookTest draws it
            assertThat(drawn(p)).as(feature).contains(expected);
        }
    }

    static Stream<Arguments> unsupportedFeatures() {
        return Stream.of(
                Arguments.of("<defs><mask id=\"m\"><rect width=\"40\" height=\"40\" fill=\"white\"/></mask></defs>\n"
                        + "<rect width=\"40\" height=\"40\" mask=\"url(#m)\"/>", "<mask> (line 3)"),
                Arguments.of("<clipPath id=\"c\"><circle r=\"5\"/></clipPath>\n<rect width=\"9\" height=\"9\" clip-path=\"url(#c)\"/>",
                        "a clip path (<clipPath>) (line 3)"),
                Arguments.of("<filter id=\"f\"><feGaussianBlur stdDeviation=\"2\"/></filter>\n<rect width=\"9\" height=\"9\" style=\"filter: url(#f)\"/>",
                        "a filter (<filter>) in style (line 3)"),
                Arguments.of("<pattern id=\"p\" width=\"4\" height=\"4\"><rect width=\"2\" height=\"2\"/></pattern>\n"
                        + "<rect width=\"9\" height=\"9\" fill=\"url(#p)\"/>", "<pattern> as a paint (line 3)"),
                Arguments.of("<linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"red\"/><stop offset=\"1\" stop-color=\"blue\"/></linearGradient>\n"
                        + "<rect width=\"9\" height=\"9\" fill=\"url(#g)\"/>", "a gradient (<linearGradient id=\"g\">) (line 3)"),
                Arguments.of("<radialGradient id=\"g\"><stop offset=\"0\" stop-color=\"red\"/><stop offset=\"1\" stop-color=\"red\" stop-opacity=\"0\"/></radialGradient>\n"
                        + "<rect width=\"9\" height=\"9\" fill=\"url(#g)\"/>", "a gradient (<radialGradient id=\"g\">) (line 3)"),
                Arguments.of("<text x=\"2\" y=\"20\" font-family=\"Montserrat, sans-serif\">Careers</text>",
                        "text in the font 'Montserrat, sans-serif' (convert the text to paths) (line 2)"),
                Arguments.of("<image href=\"data:image/png;base64,AAAA\" width=\"9\" height=\"9\"/>", "<image> (line 2)"),
                Arguments.of("<g opacity=\"0.5\"><rect width=\"9\" height=\"9\"/><rect x=\"5\" width=\"9\" height=\"9\"/></g>",
                        "opacity on a group (<g>) (line 2)"),
                Arguments.of("<rect width=\"9\" height=\"9\" fill=\"hsl(120, 50%, 50%)\"/>", "the fill colour 'hsl(120, 50%, 50%)' (line 2)"),
                Arguments.of("<rect width=\"9\" height=\"9\" fill=\"rebeccapurple\"/>", "the fill colour 'rebeccapurple' (line 2)"),
                Arguments.of("<style>g rect { fill: red }</style>", "the style rule 'g rect' (line 2)"),
                Arguments.of("<path d=\"M0 0L9 9\" stroke=\"red\" marker-end=\"url(#a)\"/>", "markers (<marker>) (line 2)"),
                Arguments.of("<svg viewBox=\"0 0 10 10\" width=\"20\"><rect width=\"9\" height=\"9\"/></svg>", "a nested <svg> (line 2)"),
                Arguments.of("<symbol id=\"s\" viewBox=\"0 0 10 10\"><rect width=\"9\" height=\"9\"/></symbol>", "a <symbol> with a viewBox (line 2)"),
                Arguments.of("<text><textPath href=\"#p\">Careers</textPath></text>", "<textPath> (line 2)"),
                Arguments.of("<rect width=\"9\" height=\"9\" style=\"transform: rotate(45deg)\"/>", "transform: rotate(45deg) in style (line 2)"),
                Arguments.of("<text xml:space=\"preserve\">a  b</text>", "xml:space=\"preserve\" (line 2)"),
                Arguments.of("<path d=\"M0 0L9 9\" stroke=\"red\" stroke-dasharray=\"2 1\" stroke-dashoffset=\"1\"/>",
                        "stroke-dashoffset: 1 (line 2)"),
                Arguments.of("<text letter-spacing=\"2\">CAREERS</text>", "letter-spacing (line 2)"),
                Arguments.of("<rect width=\"9\" height=\"9\" fill=\"red\" stroke=\"blue\" opacity=\"0.5\"/>",
                        "opacity on a shape both filled and stroked (line 2)"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("unsupportedFeatures")
    void namesWhatItCannotDrawWithItsLine(String body, String expected) {
        assertThat(picture(body).unsupported()).containsExactly(expected);
    }
}
