package org.clearway.app;

import org.clearway.app.cli.AuditCommand;
import org.clearway.app.cli.BenchCommand;
import org.clearway.app.cli.ModelCommand;
import org.clearway.app.cli.ScreenCommand;
import org.clearway.app.cli.GenerateManifestCommand;
import org.clearway.app.cli.ImportCommand;
import org.clearway.app.cli.ServeCommand;
import org.clearway.app.cli.TariffCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "clearway", mixinStandardHelpOptions = true, version = "Clearway 0.1.0",
        description = "Clearway: customs clearance and risk management.",
        footer = {"", "The launcher also runs the tests: ./clearway test (Maven verify with JDK 25).",
                "Docs: README.md, docs/ and GET /api/openapi.json on a running server."},
        subcommands = {ServeCommand.class, AuditCommand.class, BenchCommand.class, TariffCommand.class, ModelCommand.class, ScreenCommand.class, ImportCommand.class, GenerateManifestCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with a plain error message (no stack trace) when a command fails. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("clearway " + cmd.getCommandName() + ": " + describe(e));
                    if (System.getenv("CLEARWAY_DEBUG") != null) e.printStackTrace(cmd.getErr());
                    else cmd.getErr().println("(set CLEARWAY_DEBUG=1 for the stack trace)");
                    return 1;
                });
    }

    private static String describe(Throwable e) {
        StringBuilder s = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && !s.toString().contains(c.getMessage())) s.append(": ").append(c.getMessage());
        }
        return s.toString();
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
