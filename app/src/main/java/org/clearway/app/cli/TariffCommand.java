package org.clearway.app.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.clearway.app.tariff.TariffChoice;
import org.clearway.core.tariff.LoadedTariff;
import org.clearway.core.tariff.Measure;
import org.clearway.core.tariff.Tariff;
import org.clearway.core.tariff.TariffLookup;
import org.clearway.core.tariff.UnparsedRate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tariff", mixinStandardHelpOptions = true,
        description = "Look into the bundled national tariffs (or one in the neutral format).",
        subcommands = {TariffCommand.Show.class, TariffCommand.Coverage.class, TariffCommand.Bench.class})
public final class TariffCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    static final class TariffOption {
        @Option(names = "--tariff", defaultValue = "us-hts-2024",
                description = "gb-provisional, us-hts-2024, sample-eu, or a directory in the neutral format. Default: ${DEFAULT-VALUE}")
        String tariff;
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "The line for a commodity code and its measures; with --origin, which apply to goods from there.")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", description = "Commodity code, 4 to 10 digits, dots allowed (e.g. 6109.10.00.12)")
        String code;

        @Option(names = "--origin", description = "ISO 3166 alpha-2 country of origin (e.g. CN)")
        String origin;

        @Option(names = "--date", description = "Date the measures must be in force on (YYYY-MM-DD). Default: today")
        LocalDate date;

        @picocli.CommandLine.Mixin
        TariffOption option = new TariffOption();

        @Override
        public Integer call() {
            Tariff tariff = TariffChoice.load(option.tariff).tariff();
            LocalDate on = date == null ? LocalDate.now() : date;
            String c = code.replace(".", "");
            switch (tariff.lookup(c)) {
                case TariffLookup.Unknown u -> {
                    System.err.println("clearway tariff show: the tariff " + tariff.settings().id() + " has no line " + c);
                    return 2;
                }
                case TariffLookup.NotDeclarable n -> {
                    System.out.println(c + " is not declarable in " + tariff.settings().id() + ": its lines carry different measures. Lines:");
                    n.lines().forEach(l -> System.out.println("  " + l));
                    return 0;
                }
                case TariffLookup.Found f -> {
                    System.out.printf("%s (%s) %s%n", c, tariff.settings().id(), f.line().description());
                    if (!f.measuresFrom().code().equals(c)) System.out.println("measures set on " + f.measuresFrom().code() + " (" + f.measuresFrom().description() + ")");
                    if (!f.line().units().isEmpty()) System.out.println("units: " + String.join(", ", f.line().units()));
                    List<Measure> applicable = origin == null ? List.of() : tariff.applicable(f.measures(), origin.toUpperCase(Locale.ROOT), on);
                    System.out.println("measures" + (origin == null ? "" : " (* = applies to origin " + origin.toUpperCase(Locale.ROOT) + " on " + on + ")") + ":");
                    for (Measure m : f.measures()) {
                        System.out.printf("  %s %-19s %-10s %-28s %s%s%n", applicable.contains(m) ? "*" : " ", m.type(), m.area(),
                                m.expression() == null ? "(unreadable: " + m.rateText() + ")" : m.expression().text(),
                                m.legalBase(), m.inForceOn(on) ? "" : " [not in force on " + on + "]");
                    }
                    return 0;
                }
            }
        }
    }

    @Command(name = "coverage", mixinStandardHelpOptions = true,
            description = "How many of the tariff's rate texts parse into a structured duty expression; --unparsed lists the others.")
    static final class Coverage implements Callable<Integer> {
        @Option(names = "--unparsed", description = "List every rate text that did not parse, with its line and column.")
        boolean unparsed;

        @picocli.CommandLine.Mixin
        TariffOption option = new TariffOption();

        @Override
        public Integer call() {
            LoadedTariff t = TariffChoice.load(option.tariff);
            System.out.printf("tariff %s: %d lines, %d rate texts (general, each special part, column 2)%n",
                    t.tariff().settings().id(), t.tariff().lines().size(), t.rateTexts());
            System.out.printf("parsed into a structured expression: %d (%.2f %%)%n", t.rateTexts() - t.unparsed().size(), 100 * t.coverage());
            System.out.printf("  computable on their own (free, ad valorem, specific, compound, min/max): %d (%.2f %%)%n", t.computable(), 100 * t.computableShare());
            System.out.printf("  references to a rate found elsewhere (\"No change\", \"The duty provided in ...\", \"See 9823...\"): %d%n", t.references());
            System.out.printf("not parsed: %d%n", t.unparsed().size());
            if (unparsed) {
                Map<String, Integer> byColumn = new TreeMap<>();
                for (UnparsedRate u : t.unparsed()) {
                    System.out.printf("  %-12s %-9s %s%n", u.code(), u.column(), u.text().replaceAll("\\s+", " "));
                    byColumn.merge(u.column(), 1, Integer::sum);
                }
                System.out.println("not parsed by column: " + byColumn);
            }
            return 0;
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Duty calculations per second on one thread (US HTS 2024: one line, a 50-line declaration), each beside the flat-rate gb-provisional tariff on the same request in the same run.")
    static final class Bench implements Callable<Integer> {
        @Option(names = "--seconds", defaultValue = "4", description = "Measuring time per figure, in 10 rounds alternating with the baseline (after a warm-up as long). Default: ${DEFAULT-VALUE}")
        double seconds;

        @Override
        public Integer call() {
            System.out.printf("Clearway tariff bench on %s, %d cores, Java %s%n", LocalDate.now(), Runtime.getRuntime().availableProcessors(), Runtime.version());
            for (var r : org.clearway.app.tariff.DutyBench.run(seconds)) {
                System.out.printf("duty calculation, %s (1 thread): %,.0f/s with the US HTS 2024; baseline flat rate (gb-provisional): %,.0f/s; ratio %.2f%n",
                        r.name(), r.perSecond(), r.baselinePerSecond(), r.ratio());
            }
            return 0;
        }
    }
}
