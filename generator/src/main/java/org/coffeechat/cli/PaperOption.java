package org.coffeechat.cli;

import java.util.Optional;
import org.coffeechat.config.PaperSize;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The {@code --paper} option's value, read the same way by {@code packet} and {@code packets}. */
final class PaperOption {

    private PaperOption() {
    }

    /**
     * The paper size {@code value} names, or empty when the option was not given (the site config's then).
     *
     * @throws ParameterException when {@code value} is neither {@code letter} nor {@code a4}
     */
    static Optional<PaperSize> parse(CommandSpec spec, String value) {
        return Optional.ofNullable(value).map(p -> PaperSize.parse(p).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "--paper must be letter or a4, found '" + p + "'")));
    }
}
