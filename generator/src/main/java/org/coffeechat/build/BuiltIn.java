package org.coffeechat.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** The built-in content and default theme, packaged in the jar (or in target/classes during development). */
public final class BuiltIn {

    private static final String CONTENT = "coffeechat/content";
    private static final String THEME = "coffeechat/themes/default";

    private BuiltIn() {
    }

    public static Path content() {
        return folder(CONTENT, "home.md");
    }

    public static Path theme() {
        return folder(THEME, "templates/layout.ftlh");
    }

    private static synchronized Path folder(String folder, String probe) {
        URL url = BuiltIn.class.getClassLoader().getResource(folder + "/" + probe);
        if (url == null) {
            throw new IllegalStateException("the built-in " + folder + " is missing from the coffeechat jar");
        }
        try {
            URI uri = url.toURI();
            Path file;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                file = fs.provider().getPath(uri);
            } else {
                file = Path.of(uri);
            }
            Path result = file;
            for (String ignored : probe.split("/")) {
                result = result.getParent();
            }
            return result;
        } catch (URISyntaxException | IOException e) {
            throw new UncheckedIOException(new IOException("cannot open the built-in " + folder, e));
        }
    }
}
