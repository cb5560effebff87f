package org.clearway.core.reference;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One edition of the Harmonized System (e.g. HS 2022), in force from a date. Look-ups are O(1).
 * A code is declarable (a leaf) when no other entry has it as parent.
 */
public final class HsNomenclature {
    private final String edition;
    private final LocalDate inForceFrom;
    private final Map<String, HsEntry> entries;
    private final Set<String> parents;

    public HsNomenclature(String edition, LocalDate inForceFrom, Map<String, HsEntry> entries) {
        this.edition = edition;
        this.inForceFrom = inForceFrom;
        this.entries = Map.copyOf(entries);
        this.parents = entries.values().stream().map(HsEntry::parent).filter(p -> p != null && !p.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public String edition() { return edition; }

    public LocalDate inForceFrom() { return inForceFrom; }

    public Optional<HsEntry> find(String code) { return Optional.ofNullable(entries.get(code)); }

    /** True if the code exists and has no subdivisions in this edition. */
    public boolean isLeaf(String code) { return entries.containsKey(code) && !parents.contains(code); }

    public int size() { return entries.size(); }
}
