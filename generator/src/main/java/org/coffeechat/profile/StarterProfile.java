package org.coffeechat.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The commented starter profile that {@code coffeechat new-profile} writes: valid as it is, every key explained. */
public final class StarterProfile {

    /** Where the starter file is in the jar. */
    public static final String RESOURCE = "coffeechat/profile-starter.yaml";

    private StarterProfile() {
    }

    public static String text() {
        try (InputStream in = StarterProfile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the coffeechat jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
