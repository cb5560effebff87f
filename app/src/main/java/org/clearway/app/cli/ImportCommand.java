package org.clearway.app.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.clearway.app.Administration;
import org.clearway.app.Clearway;
import org.clearway.app.clearance.DeclarationFormat;
import org.clearway.app.clearance.DeclarationFormats;
import org.clearway.app.clearance.DeclarationService;
import org.clearway.app.clearance.ManifestImport;
import org.clearway.app.http.ApiProblem;
import org.clearway.app.manifest.RejectionReport;
import java.util.List;
import org.clearway.core.validation.Problem;
import org.clearway.formats.json.Decoded;
import org.clearway.formats.manifest.ManifestFormat;
import org.clearway.formats.manifest.ManifestLine;
import org.clearway.formats.manifest.ManifestReader;
import org.clearway.store.account.Account;
import org.clearway.store.account.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Lodge declarations from a file, as a declarant account: a manifest of low-value consignments "
                + "(csv, jsonl) or a declaration in another format (xml: WCO DEC-DMS; edifact: UN/EDIFACT CUSDEC). "
                + "Each is validated and assessed as over HTTP; rejected ones go to a report file with their problems. "
                + "Resumable: running it again skips what was already accepted (same declarant, LRN and content).",
                "See docs/formats.md."})
public final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The manifest file.")
    Path file;

    @Option(names = "--format", required = true, description = "csv, jsonl, xml (WCO DEC-DMS) or edifact (UN/EDIFACT CUSDEC).")
    String format;

    @Option(names = "--as", required = true, paramLabel = "USERNAME", description = "The declarant account that lodges the consignments (e.g. trader1).")
    String username;

    @Option(names = "--report", paramLabel = "FILE", description = "Where to write the rejected lines (CSV). Default: FILE.rejected.csv")
    Path report;

    @Option(names = "--batch", defaultValue = "1000", description = "Consignments per transaction. Default: ${DEFAULT-VALUE}")
    int batch;

    @Option(names = "--no-progress", description = "No progress bar (e.g. in scripts).")
    boolean noProgress;

    @Mixin
    DatabaseOptions db;

    @Override
    public Integer call() throws Exception {
        String name = format.toLowerCase(java.util.Locale.ROOT);
        if (!name.equals("csv") && !name.equals("jsonl")) {
            DeclarationFormat declarationFormat = DeclarationFormats.named(name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown format '" + format + "'; use csv, jsonl" + DeclarationFormats.OTHERS.stream().map(f -> ", " + f.name()).collect(java.util.stream.Collectors.joining())));
            return importDeclarations(declarationFormat);
        }
        ManifestFormat manifestFormat = name.equals("csv") ? ManifestFormat.CSV : ManifestFormat.JSONL;
        if (batch < 1 || batch > 10_000) throw new IllegalArgumentException("--batch is 1 to 10000");
        if (!Files.isReadable(file)) throw new IllegalArgumentException("cannot read " + file);
        Path reportFile = report != null ? report : file.resolveSibling(file.getFileName() + ".rejected.csv");
        try (Clearway app = new Clearway(db.openOrAttach(), Administration.defaults(), Clock.systemUTC())) {
            Account who = app.accounts().find(username)
                    .orElseThrow(() -> new IllegalArgumentException("no account " + username));
            if (who.role() != Role.DECLARANT) throw new IllegalArgumentException(username + " is " + who.role().name().toLowerCase() + "; only a declarant lodges");
            var manifestImport = ManifestImport.of(app);
            long size = Files.size(file);
            long start = System.nanoTime();
            ManifestImport.Outcome outcome;
            try (Counting in = new Counting(Files.newInputStream(file));
                 ManifestReader reader = ManifestReader.open(in, manifestFormat);
                 RejectionReport rejections = RejectionReport.create(reportFile);
                 ProgressBar bar = noProgress ? null : new ProgressBarBuilder().setTaskName("import").setInitialMax(size)
                         .setUnit(" MiB", 1 << 20).setStyle(ProgressBarStyle.ASCII).showSpeed().build()) {
                outcome = manifestImport.run(who, reader, "manifest " + file.getFileName(), batch,
                        manifestFormat == ManifestFormat.CSV ? ManifestReader::inColumns : p -> p,
                        new ManifestImport.Listener() {
                            @Override public void rejected(org.clearway.formats.manifest.ManifestLine line, java.util.List<org.clearway.core.validation.Problem> problems) {
                                rejections.add(line, problems);
                            }

                            @Override public void progress(ManifestImport.Outcome soFar) {
                                if (bar == null) return;
                                bar.stepTo(in.count());
                                bar.setExtraMessage(String.format(" accepted %,d skipped %,d rejected %,d", soFar.accepted(), soFar.skipped(), soFar.rejected()));
                            }
                        });
                if (bar != null) bar.stepTo(size);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: %,d consignments in %.1f s (%,.0f/s): %,d accepted, %,d skipped (already accepted), %,d rejected%s%n",
                    file.getFileName(), outcome.consignments(), seconds, outcome.consignments() / seconds,
                    outcome.accepted(), outcome.skipped(), outcome.rejected(),
                    outcome.rejected() > 0 ? "; their problems are in " + reportFile : "");
            if (outcome.rejected() == 0) Files.deleteIfExists(reportFile);
            return outcome.rejected() > 0 ? 3 : 0;
        }
    }

    /** Largest file of declarations (not a manifest) read whole into memory: 64 MiB. */
    static final long MAX_DECLARATION_FILE_BYTES = 64L * 1024 * 1024;

    /**
     * A file in a declaration format (one XML document, an EDIFACT interchange of many messages): every
     * declaration it carries is lodged through the same service as the API, one transaction each. The
     * report's "line" is the declaration's number in the file (1 for an XML document).
     */
    private Integer importDeclarations(DeclarationFormat declarationFormat) throws Exception {
        if (!Files.isReadable(file)) throw new IllegalArgumentException("cannot read " + file);
        long size = Files.size(file);
        if (size > MAX_DECLARATION_FILE_BYTES) {
            throw new IllegalArgumentException(file + " is " + size + " bytes; a " + declarationFormat.name() + " file may be at most "
                    + MAX_DECLARATION_FILE_BYTES + " bytes (split it)");
        }
        Path reportFile = report != null ? report : file.resolveSibling(file.getFileName() + ".rejected.csv");
        try (Clearway app = new Clearway(db.openOrAttach(), Administration.defaults(), Clock.systemUTC())) {
            Account who = app.accounts().find(username)
                    .orElseThrow(() -> new IllegalArgumentException("no account " + username));
            if (who.role() != Role.DECLARANT) throw new IllegalArgumentException(username + " is " + who.role().name().toLowerCase() + "; only a declarant lodges");
            long accepted = 0, skipped = 0, rejected = 0;
            long start = System.nanoTime();
            List<Decoded> decoded = declarationFormat.decodeEach(Files.readAllBytes(file));
            try (RejectionReport rejections = RejectionReport.create(reportFile)) {
                for (int i = 0; i < decoded.size(); i++) {
                    Decoded d = decoded.get(i);
                    String lrn = d instanceof Decoded.Ok(var declaration) && declaration.lrn() != null ? declaration.lrn().value() : "";
                    try {
                        DeclarationService.Lodged lodged = app.declarations().lodge(who, d);
                        if (lodged.created()) {
                            accepted++;
                            System.out.printf("%d: %s accepted, MRN %s, lane %s%n", i + 1, lrn, lodged.declaration().mrn(), lodged.declaration().lane());
                        } else {
                            skipped++;
                            System.out.printf("%d: %s skipped (already accepted as MRN %s)%n", i + 1, lrn, lodged.declaration().mrn());
                        }
                    } catch (ApiProblem refused) {
                        rejected++;
                        List<Problem> problems = refused.problems().isEmpty()
                                ? List.of(new Problem(refused.title(), "", refused.getMessage())) : refused.problems();
                        rejections.add(new ManifestLine(i + 1, lrn, d), problems);
                        System.out.printf("%d: %s rejected: %s (%d problem%s)%n", i + 1, lrn.isEmpty() ? "(no LRN)" : lrn, refused.title(),
                                problems.size(), problems.size() == 1 ? "" : "s");
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s (%s): %,d declarations in %.1f s: %,d accepted, %,d skipped (already accepted), %,d rejected%s%n",
                    file.getFileName(), declarationFormat.label(), decoded.size(), seconds, accepted, skipped, rejected,
                    rejected > 0 ? "; their problems are in " + reportFile : "");
            if (rejected == 0) Files.deleteIfExists(reportFile);
            return rejected > 0 ? 3 : 0;
        }
    }

    /** Counts the bytes read, for the progress bar. */
    static final class Counting extends FilterInputStream {
        private volatile long count;

        Counting(InputStream in) { super(in); }

        long count() { return count; }

        @Override public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
