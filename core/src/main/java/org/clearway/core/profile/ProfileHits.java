package org.clearway.core.profile;

import java.util.List;

/** The profiles that hit a declaration, and those that would have but exempt AEO holders, in snapshot order. */
public record ProfileHits(List<CompiledProfile> hits, List<CompiledProfile> aeoExempted) {
    public static final ProfileHits NONE = new ProfileHits(List.of(), List.of());

    public ProfileHits {
        hits = List.copyOf(hits);
        aeoExempted = List.copyOf(aeoExempted);
    }
}
