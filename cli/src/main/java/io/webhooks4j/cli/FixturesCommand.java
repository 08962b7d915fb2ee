package io.webhooks4j.cli;

import io.webhooks4j.test.Fixture;
import io.webhooks4j.test.Fixtures;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "fixtures",
        mixinStandardHelpOptions = true,
        footerHeading = "%n",
        footer = {Main.EXIT_CODES_HEADING, Main.EXIT_OK, Main.EXIT_USAGE},
        description = {
            "List the built-in realistic fixtures that sign, send and the test kit can use"
                    + " (provider, name, description), or print one's body with --show.",
            "A fixture is named after the event type it parses into; older names still work where listed."
        })
final class FixturesCommand implements Callable<Integer> {
    @Option(names = "--provider", description = "only this provider's (required with --show)")
    String provider;

    @Option(
            names = "--show",
            paramLabel = "NAME",
            description = "print the body of fixture NAME exactly, byte for byte (no newline added);"
                    + " 'sign --fixture NAME' prints its headers")
    String show;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (show != null) {
            if (provider == null) {
                throw new Main.UsageException("--show needs --provider");
            }
            Fixture fixture;
            try {
                fixture = Fixtures.get(provider, show);
            } catch (IllegalArgumentException e) {
                throw new Main.UsageException(e.getMessage());
            }
            out.print(fixture.body().utf8());
            out.flush();
            return Main.OK;
        }
        int n = 0;
        for (Fixture f : provider == null ? Fixtures.all() : Fixtures.of(provider)) {
            List<String> aliases = Fixtures.aliasesOf(f);
            out.println(f.provider() + "\t" + f.name() + "\t" + f.description()
                    + (aliases.isEmpty() ? "" : " (also: " + String.join(", ", aliases) + ")"));
            n++;
        }
        if (n == 0 && provider != null) {
            throw new Main.UsageException("No fixtures for provider '" + provider + "'");
        }
        return Main.OK;
    }
}
