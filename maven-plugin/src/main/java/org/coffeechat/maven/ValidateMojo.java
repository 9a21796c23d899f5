package org.coffeechat.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.coffeechat.build.BuildRequest;
import org.coffeechat.build.GuideBuilder;
import org.coffeechat.diag.Diagnostic;

/**
 * Checks the content, the site config and the theme as a build would, and writes nothing. Bound
 * to the {@code validate} phase, so every build of the project fails early, with every
 * {@code path:line:col: message} at once, when a file is wrong.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class ValidateMojo extends AbstractCoffeechatMojo {

    @Override
    void run(BuildRequest request) {
        List<Diagnostic> warnings = GuideBuilder.validate(request);
        warn(warnings);
        getLog().info("The guide's content, site config and theme have no errors"
                + (warnings.isEmpty() ? "." : " (" + warnings.size() + (warnings.size() == 1 ? " warning)." : " warnings).")));
    }
}
