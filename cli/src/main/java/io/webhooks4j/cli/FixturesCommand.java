package io.webhooks4j.cli;

import io.webhooks4j.test.Fixture;
import io.webhooks4j.test.Fixtures;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "fixtures",
        description = "List the built-in realistic fixtures that sign, send and the test kit can use.")
final class FixturesCommand implements Callable<Integer> {
    @Option(names = "--provider", description = "only this provider's")
    String provider;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int n = 0;
        for (Fixture f : provider == null ? Fixtures.all() : Fixtures.of(provider)) {
            out.println(f.provider() + "\t" + f.name() + "\t" + f.description());
            n++;
        }
        if (n == 0 && provider != null) {
            throw new Main.UsageException("No fixtures for provider '" + provider + "'");
        }
        return Main.OK;
    }
}
