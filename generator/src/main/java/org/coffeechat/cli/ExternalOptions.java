package org.coffeechat.cli;

import java.time.Duration;
import java.util.Optional;
import org.coffeechat.links.ExternalLinkChecker;
import picocli.CommandLine.Option;

/** Whether to check external links over the network; shared by build, validate and links. */
final class ExternalOptions {

    @Option(names = "--check-external", description = "Also check every external http(s) link over the network "
            + "(HEAD, then GET; redirects followed). A build never needs the network otherwise.")
    boolean check;

    @Option(names = "--external-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long each external link may take to answer (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    Optional<ExternalLinkChecker> checker() {
        return check ? Optional.of(new ExternalLinkChecker(Duration.ofSeconds(Math.max(1, timeoutSeconds)))) : Optional.empty();
    }
}
