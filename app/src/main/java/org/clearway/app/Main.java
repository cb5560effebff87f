package org.clearway.app;

import org.clearway.app.cli.AuditCommand;
import org.clearway.app.cli.BenchCommand;
import org.clearway.app.cli.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "clearway", mixinStandardHelpOptions = true, version = "Clearway 0.1.0",
        description = "Clearway: customs clearance and risk management.",
        subcommands = {ServeCommand.class, AuditCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
