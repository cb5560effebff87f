package org.clearway.store.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clearway.core.screening.WatchList;
import org.clearway.core.screening.WatchListEntry;
import org.clearway.store.Database;
import org.clearway.store.audit.AuditLogJdbc;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Imported watch lists in PostgreSQL. Importing a list under an existing name replaces it whole; audited. */
public final class WatchListRepositoryJdbc {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A stored list's description, without its entries. */
    public record ListInfo(String name, String source, String importedBy, Instant importedAt, int entryCount) {}

    private final Jdbi jdbi;
    private final AuditLogJdbc audit;
    private final Clock clock;

    public WatchListRepositoryJdbc(Database db, AuditLogJdbc audit, Clock clock) {
        this.jdbi = db.jdbi();
        this.audit = audit;
        this.clock = clock;
    }

    public ListInfo store(String actor, WatchList list) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return jdbi.inTransaction(tx -> {
            boolean replaced = tx.createUpdate("DELETE FROM watchlists WHERE name = :name").bind("name", list.name()).execute() > 0;
            tx.createUpdate("""
                    INSERT INTO watchlists (name, source, imported_by, imported_at, entry_count)
                    VALUES (:name, :source, :by, :at, :count)""")
                    .bind("name", list.name()).bind("source", list.source()).bind("by", actor).bind("at", now)
                    .bind("count", list.entries().size()).execute();
            PreparedBatch batch = tx.prepareBatch("""
                    INSERT INTO watchlist_entries (list_name, entry_id, name, aliases, countries)
                    VALUES (:list, :id, :name, :aliases, :countries)""");
            for (WatchListEntry e : list.entries()) {
                batch.bind("list", list.name()).bind("id", e.entryId()).bind("name", e.name())
                        .bind("aliases", e.aliases().toArray(String[]::new)).bind("countries", e.countries().toArray(String[]::new)).add();
            }
            if (!list.entries().isEmpty()) batch.execute();
            String detail = JSON.createObjectNode().put("source", list.source()).put("entries", list.entries().size())
                    .put("replaced", replaced).toString();
            audit.append(tx, actor, "watchlist.import", list.name(), detail, now);
            return new ListInfo(list.name(), list.source(), actor, now, list.entries().size());
        });
    }

    public List<ListInfo> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM watchlists ORDER BY name")
                .map((rs, ctx) -> new ListInfo(rs.getString("name"), rs.getString("source"), rs.getString("imported_by"),
                        rs.getTimestamp("imported_at").toInstant(), rs.getInt("entry_count"))).list());
    }

    /** Every imported list with its entries, to build the screening index. */
    public List<WatchList> loadAll() {
        return jdbi.withHandle(h -> {
            Map<String, String> sources = new LinkedHashMap<>();
            h.createQuery("SELECT name, source FROM watchlists ORDER BY name")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2))).forEach(e -> sources.put(e.getKey(), e.getValue()));
            Map<String, List<WatchListEntry>> entries = new LinkedHashMap<>();
            h.createQuery("SELECT * FROM watchlist_entries ORDER BY list_name, entry_id").map((rs, ctx) -> new WatchListEntry(
                    rs.getString("list_name"), rs.getString("entry_id"), rs.getString("name"),
                    List.of((String[]) rs.getArray("aliases").getArray()), List.of((String[]) rs.getArray("countries").getArray()), "imported"))
                    .forEach(e -> entries.computeIfAbsent(e.list(), k -> new ArrayList<>()).add(e));
            List<WatchList> out = new ArrayList<>();
            sources.forEach((name, source) -> out.add(new WatchList(name, source, entries.getOrDefault(name, List.of()))));
            return out;
        });
    }
}
