package org.clearway.app.clearance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.clearway.app.Clearway;
import org.clearway.core.clearance.Checked;
import org.clearway.core.clearance.ClearancePipeline;
import org.clearway.core.clearance.Decision;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.Mrn;
import org.clearway.core.lifecycle.Lifecycle;
import org.clearway.core.reference.CountryCode;
import org.clearway.core.risk.LaneAllocator;
import org.clearway.core.risk.LaneDecision;
import org.clearway.core.risk.RiskAssessment;
import org.clearway.core.screening.PartyScreening;
import org.clearway.core.validation.Problem;
import org.clearway.formats.json.DeclarationJsonCodec;
import org.clearway.formats.json.Decoded;
import org.clearway.formats.manifest.ManifestCodes;
import org.clearway.formats.manifest.ManifestLine;
import org.clearway.formats.manifest.ManifestReader;
import org.clearway.store.Sha256;
import org.clearway.store.account.Account;
import org.clearway.store.account.Role;
import org.clearway.store.declaration.BulkLodgementJdbc;
import org.clearway.store.declaration.BulkLodgementJdbc.Key;
import org.clearway.store.declaration.LrnAlreadyUsed;
import org.clearway.store.declaration.NewDeclaration;

/**
 * Lodges a manifest of consignments: each is decoded, validated and assessed exactly as a single
 * lodgement is, and the accepted ones are stored in batches (one transaction each). Resumable: a
 * consignment whose declarant and LRN are already stored with the same content is skipped, so
 * running a manifest again after an interruption lodges only what is missing. The same LRN with
 * different content is rejected, as over HTTP. Reading, checking and preparing run on the caller's
 * thread while the previous batch is written on a second; memory holds at most four batches (one
 * being read, two waiting, one being written).
 *
 * <p>Made with {@link #of(Clearway)}, the lane of each consignment is allocated by the server's
 * risk assessment in force when its batch is prepared (profiles, model, random selection), with the
 * watch-list screening of each distinct party done once per manifest ({@link RepeatedPartyScreening})
 * and on the reading thread, so it runs while the previous batch is being written.
 */
public final class ManifestImport {
    /** What became of a manifest. */
    public record Outcome(long accepted, long skipped, long rejected) {
        public long consignments() { return accepted + skipped + rejected; }
    }

    /** Told of every rejected consignment (in line order) and of the progress after each batch. */
    public interface Listener {
        void rejected(ManifestLine line, List<Problem> problems);

        default void progress(Outcome soFar) {}
    }

    private record Pending(ManifestLine line, Declaration declaration, Key key, String hash, String json,
                           Checked checked, List<Problem> problems) {}

    private final DeclarationJsonCodec codec = new DeclarationJsonCodec();
    private final ClearancePipeline pipeline;
    private final BulkLodgementJdbc bulk;
    private final CountryCode mrnCountry;
    private final Clock clock;
    /** The risk assessment in force and the watch lists' snapshot, or null: then lanes come from {@code pipeline}. */
    private final Supplier<RiskAssessment> risk;
    private final Supplier<PartyScreening> lists;
    private volatile RepeatedPartyScreening parties;

    /** An import whose lanes come from {@code pipeline}, each consignment's parties screened as it comes. */
    public ManifestImport(ClearancePipeline pipeline, BulkLodgementJdbc bulk, CountryCode mrnCountry, Clock clock) {
        this(pipeline, bulk, mrnCountry, clock, null, null);
    }

    private ManifestImport(ClearancePipeline pipeline, BulkLodgementJdbc bulk, CountryCode mrnCountry, Clock clock,
                           Supplier<RiskAssessment> risk, Supplier<PartyScreening> lists) {
        this.pipeline = pipeline;
        this.bulk = bulk;
        this.mrnCountry = mrnCountry;
        this.clock = clock;
        this.risk = risk;
        this.lists = lists;
    }

    /** The server's import: its pipeline, its risk assessment in force, each distinct party screened once. */
    public static ManifestImport of(Clearway app) {
        return new ManifestImport(app.pipeline(), new BulkLodgementJdbc(app.database(), app.audit()), app.administration().country(),
                app.clock(), () -> app.risk().current(), () -> app.screening().snapshot());
    }

    /**
     * How the two threads of a run kept pace with each other: the batches stored, how long the reading
     * thread waited to hand a prepared batch on (the writer behind), how long the writer waited for one
     * (the reader behind), and how long the writer took to store them. For the benchmark: the figures
     * say which side bounds the import.
     */
    public record Pace(long batches, long readerWaitedNanos, long writerWaitedNanos, long storingNanos) {
        public static final Pace NONE = new Pace(0, 0, 0, 0);
    }

    private volatile Pace lastPace = Pace.NONE;

    /** The pace of the run that ended last on this import (runs side by side overwrite each other's). */
    public Pace lastPace() { return lastPace; }

    /** Parties compared with the watch lists, and answers remembered for a party seen before (since the lists last changed). */
    public long[] partiesScreenedAndRemembered() {
        RepeatedPartyScreening p = parties;
        return p == null ? new long[] {0, 0} : new long[] {p.screened(), p.remembered()};
    }

    /** The screening for the lists in force now, remembering parties until the lists or clearances change. */
    private RepeatedPartyScreening parties() {
        PartyScreening now = lists.get();
        RepeatedPartyScreening p = parties;
        if (p == null || p.wrapped() != now) parties = p = new RepeatedPartyScreening(now);
        return p;
    }

    /** The lane allocator for a batch: the assessment in force now, its screening remembering parties. */
    private LaneAllocator lanes() {
        return risk == null ? null : risk.get().withScreening(parties());
    }

    /**
     * Reads the whole manifest and lodges what is acceptable as {@code who}.
     *
     * <p>Two threads: this one reads and checks each consignment, and for each full batch looks up
     * which are already stored (while it finds some: see {@code askStored}), takes their MRNs,
     * allocates their lanes and writes their assessments, lodgement steps, the batch's audit detail and
     * its rows in COPY's form ({@link BulkLodgementJdbc.Batch}); a writer stores each prepared batch
     * (one transaction) and reports it. So a batch is read while the one before it is written, and
     * PostgreSQL's work overlaps ours. (Until 2026-11-29 the
     * preparing had a thread of its own; on two cores, three import threads left PostgreSQL's backend,
     * which bounds the import, less of a core: docs/formats.md.)
     *
     * <p>A batch's commit does not wait for the disk ({@link BulkLodgementJdbc.Flush#LATER}): waiting
     * for each one left the backend idle between batches. At the end, failed or not, one audit entry
     * records the import ({@link BulkLodgementJdbc#recordImport}), and its commit waits for the disk,
     * so every batch is on disk when this returns. Should the server crash during the import, the last
     * batches committed (up to about 0.6 s of them) may be lost, each whole with its audit entry; the
     * import has failed then, and running it again lodges what is missing.
     *
     * @param subject     names the manifest in the audit log, e.g. {@code manifest parcels.csv}
     * @param inColumns   turns a validation problem's path into the format's own name for it
     */
    public Outcome run(Account who, ManifestReader reader, String subject, int batchSize,
                       UnaryOperator<Problem> inColumns, Listener listener) throws InterruptedException {
        if (who.role() != Role.DECLARANT) throw new IllegalArgumentException("only a declarant account may lodge a manifest; " + who.username() + " is " + who.role());
        // Two prepared batches may wait: with one, each thread waited for the other a few ms a batch
        // (paired 1,000,000 benches: 18,323 and 17,929/s with one, 19,546 and 18,246 with two).
        BlockingQueue<Prepared> prepared = new ArrayBlockingQueue<>(2);
        long[] counts = new long[3];
        long[] pace = new long[4]; // the reader's wait to hand a batch on; the writer's wait for one; its storing; batches stored
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Preparation preparation = new Preparation(who, inColumns, listener);
        Thread writer = Thread.ofPlatform().name("manifest-writer").start(() -> {
            try {
                long waitStart = System.nanoTime();
                for (Prepared batch = prepared.take(); batch != Prepared.END; batch = prepared.take()) {
                    long storeStart = System.nanoTime();
                    pace[1] += storeStart - waitStart;
                    store(who, subject, batch, preparation, counts);
                    pace[2] += System.nanoTime() - storeStart;
                    pace[3]++;
                    listener.progress(new Outcome(counts[0], counts[1], counts[2]));
                    waitStart = System.nanoTime();
                }
            } catch (Throwable e) {
                failed.set(e);
                prepared.clear();
            }
        });
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        // The reading thread's digest for the same hash as DeclarationJsonCodec.contentHash, taken from the
        // canonical bytes already made: one for the run rather than one per consignment (digest() resets it).
        MessageDigest sha256 = Sha256.digest();
        List<Pending> batch = new ArrayList<>(batchSize);
        try {
            for (Optional<ManifestLine> next = reader.next(); next.isPresent() && failed.get() == null; next = reader.next()) {
                batch.add(check(who, next.get(), today, sha256));
                if (batch.size() >= batchSize) {
                    Prepared ready = preparation.prepare(batch);
                    long handStart = System.nanoTime();
                    hand(prepared, ready, writer, failed);
                    pace[0] += System.nanoTime() - handStart;
                    batch = new ArrayList<>(batchSize);
                }
            }
            if (!batch.isEmpty() && failed.get() == null) hand(prepared, preparation.prepare(batch), writer, failed);
        } catch (RuntimeException e) {
            failed.compareAndSet(null, e);
        } finally {
            end(prepared, Prepared.END, writer);
            writer.join();
        }
        lastPace = new Pace(pace[3], pace[0], pace[1], pace[2]);
        // The batches were committed without waiting for the disk; this entry's commit waits, for them too.
        Throwable failure = failed.get();
        try {
            bulk.recordImport(who.username(), subject, counts[0], counts[1], counts[2], failure == null ? null : String.valueOf(failure.getMessage()), clock.instant());
        } catch (RuntimeException e) {
            if (failure == null) throw new IllegalStateException(counts[0] + " consignments of the manifest were stored, but the import's end could not be"
                    + " recorded, so they may not be on disk yet (run it again to make sure: what is stored is skipped): " + e.getMessage(), e);
            failure.addSuppressed(e);
        }
        if (failure != null) throw new IllegalStateException("storing the manifest failed after " + counts[0]
                + " consignments were lodged (they stay lodged; run it again to go on): " + failure.getMessage(), failure);
        return new Outcome(counts[0], counts[1], counts[2]);
    }

    /** Tells the next thread there is no more, failed or not, unless it has ended already. */
    private static <T> void end(BlockingQueue<T> queue, T end, Thread next) {
        try {
            while (next.isAlive()) {
                if (queue.offer(end, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands a batch on to the next thread, unless the import failed or that thread has ended. */
    private static <T> void hand(BlockingQueue<T> queue, T batch, Thread next, AtomicReference<Throwable> failed)
            throws InterruptedException {
        while (failed.get() == null && next.isAlive()) {
            if (queue.offer(batch, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) return;
        }
    }

    /** Decode outcome, declarant check, canonical form and the pure check: everything but the MRN. */
    private Pending check(Account who, ManifestLine line, LocalDate today, MessageDigest sha256) {
        return switch (line.decoded()) {
            case Decoded.Invalid(var problems) -> new Pending(line, null, null, null, null, null, problems);
            case Decoded.Ok(var d) -> {
                List<Problem> problems = new ArrayList<>();
                if (d.lrn() == null) problems.add(new Problem("REQUIRED_ELEMENT_MISSING", "lrn", "the LRN (your reference for this consignment) is required"));
                if (d.declarant() == null || d.declarant().id() == null) {
                    problems.add(new Problem("REQUIRED_ELEMENT_MISSING", "declarant.id", "the declarant's party id is required"));
                } else if (!d.declarant().id().value().equals(who.partyId())) {
                    problems.add(new Problem("DECLARANT_NOT_AUTHORISED", "declarant.id",
                            "account " + who.username() + " lodges for party " + who.partyId() + " and cannot declare as " + d.declarant().id()));
                }
                if (!problems.isEmpty()) yield new Pending(line, d, null, null, null, null, problems);
                byte[] canonical = codec.encode(d);
                Checked checked = pipeline.check(d, today);
                yield new Pending(line, d, new Key(d.declarant().id().value(), d.lrn().value()), HexFormat.of().formatHex(sha256.digest(canonical)),
                        new String(canonical, StandardCharsets.UTF_8), checked, List.of());
            }
        };
    }

    /** As {@link ClearancePipeline#decide}, with this batch's lane allocator when there is one. */
    private Decision decide(Checked.Acceptable accepted, Mrn mrn, LaneAllocator lanes) {
        if (lanes == null) return pipeline.decide(accepted, mrn);
        LaneDecision lane = lanes.allocate(accepted.declaration(), mrn);
        return new Decision(accepted.amountsDue(), lane, Lifecycle.statusAfterAssessment(lane.lane()));
    }

    /** A batch ready to store: its items, and what becomes of each of its consignments once it is committed. */
    private record Prepared(List<Pending> batch, List<Pending> toLodge, BulkLodgementJdbc.Batch ready,
                            long accepted, long skipped, long rejected, List<Runnable> reports) {
        static final Prepared END = new Prepared(List.of(), List.of(), BulkLodgementJdbc.Batch.of(List.of(), Instant.EPOCH), 0, 0, 0, List.of());
    }

    /**
     * What one run knows of the consignments it lodged, and the preparing of its batches. The reading
     * thread prepares each batch; the writer prepares one again if it met a stored LRN.
     */
    private final class Preparation {
        private final Account who;
        private final UnaryOperator<Problem> inColumns;
        private final Listener listener;
        /** Keys prepared for lodging in this run, with their hashes: finds a repeated LRN before it is committed. */
        private final Map<Key, String> lodgedHere = new HashMap<>();
        /**
         * Whether the next batch asks the database which of its consignments are stored already. The
         * first does (a run resumed after an interruption starts with what is in); after a batch of
         * which nothing was stored, the next ones are prepared without asking, since a manifest's new
         * part is new throughout. Should one of them hold a stored LRN after all, the unique key refuses
         * its COPY, and the batch is prepared again, asking, as for an LRN lodged meanwhile.
         */
        private boolean askStored = true;

        Preparation(Account who, UnaryOperator<Problem> inColumns, Listener listener) {
            this.who = who;
            this.inColumns = inColumns;
            this.listener = listener;
        }

        synchronized Prepared prepare(List<Pending> batch) {
            Map<Key, String> stored = Map.of();
            if (askStored) {
                stored = bulk.storedHashes(batch.stream().filter(p -> p.key() != null && !lodgedHere.containsKey(p.key())).map(Pending::key).toList());
                askStored = !stored.isEmpty();
            }
            // Decide what each consignment becomes; report nothing until the batch is committed.
            List<Runnable> reports = new ArrayList<>();
            List<Pending> toLodge = new ArrayList<>();
            Map<Key, Pending> inBatch = new HashMap<>();
            long accepted = 0, skipped = 0, rejected = 0;
            for (Pending p : batch) {
                List<Problem> problems = p.problems();
                if (problems.isEmpty()) {
                    String storedHash = stored.getOrDefault(p.key(), lodgedHere.get(p.key()));
                    Pending earlier = inBatch.get(p.key());
                    if (storedHash != null || earlier != null) {
                        String hash = storedHash != null ? storedHash : earlier.hash();
                        if (hash.equals(p.hash())) { skipped++; continue; }
                        problems = List.of(new Problem(storedHash != null ? "LRN_ALREADY_USED" : ManifestCodes.LRN_REPEATED, "lrn",
                                "LRN " + p.key().lrn() + (storedHash != null ? " was already lodged" : " is already used on line " + earlier.line().line())
                                        + " with different content; use a new LRN, or amend the lodged declaration"));
                    } else if (p.checked() instanceof Checked.Rejected(var why)) {
                        problems = why;
                    } else {
                        inBatch.put(p.key(), p);
                        toLodge.add(p);
                        accepted++;
                        continue;
                    }
                }
                rejected++;
                List<Problem> finalProblems = problems.stream().map(inColumns).toList();
                reports.add(() -> listener.rejected(p.line(), finalProblems));
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            long[] sequences = bulk.nextMrnSequences(toLodge.size());
            int year = LocalDate.ofInstant(now, clock.getZone()).getYear();
            LaneAllocator lanes = lanes();
            List<BulkLodgementJdbc.Item> items = new ArrayList<>(toLodge.size());
            for (int i = 0; i < toLodge.size(); i++) {
                Pending p = toLodge.get(i);
                Mrn mrn = Mrn.of(year, mrnCountry.value(), sequences[i]);
                Decision decision = decide((Checked.Acceptable) p.checked(), mrn, lanes);
                var n = new NewDeclaration(who.username(), p.key().declarantId(), p.key().lrn(), p.declaration().type(), p.hash(), p.json(), who.username(), now);
                items.add(new BulkLodgementJdbc.Item(n, DeclarationService.lodgement(mrn, who.username(), now, decision)));
            }
            // Only saves looking up a key lodged earlier in this run (the database knows it too, and a
            // repeat missed here is refused by the unique key and prepared again): kept small, the heap is bounded.
            if (lodgedHere.size() > 10_000) lodgedHere.clear();
            for (Pending p : toLodge) lodgedHere.put(p.key(), p.hash());
            return new Prepared(batch, toLodge, BulkLodgementJdbc.Batch.of(items, now), accepted, skipped, rejected, reports);
        }

        /** Prepares a batch again, as if none of it had been prepared before (its lodging was refused). */
        synchronized Prepared again(Prepared refused) {
            for (Pending p : refused.toLodge()) lodgedHere.remove(p.key());
            askStored = true;
            return prepare(refused.batch());
        }
    }

    private void store(Account who, String subject, Prepared batch, Preparation preparation, long[] counts) {
        for (int attempt = 1; ; attempt++) {
            try {
                bulk.lodge(who.username(), subject, batch.ready(), BulkLodgementJdbc.Flush.LATER);
                break;
            } catch (LrnAlreadyUsed raced) {
                // One of these LRNs is stored: the batch was prepared without asking (see askStored), or
                // someone lodged it between our check and our commit. Prepare it again, asking.
                if (attempt >= 4) throw raced;
                batch = preparation.again(batch);
            }
        }
        counts[0] += batch.accepted();
        counts[1] += batch.skipped();
        counts[2] += batch.rejected();
        batch.reports().forEach(Runnable::run);
    }
}
