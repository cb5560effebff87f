package org.clearway.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clearway.core.profile.SampleDeclarations.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.risk.Lane;
import org.junit.jupiter.api.Test;

class ProfileSnapshotTest {
    private static final String[] HS = {"610910", "620342", "847130", "850760", "940360", "220421", "300490", "870323"};
    private static final String[] ORIGINS = {"CN", "VN", "IN", "TR", "US", "BD"};

    @Test
    void theIndexFindsExactlyWhatEvaluatingEveryProfileFinds() {
        Random r = new Random(4);
        List<CompiledProfile> profiles = new ArrayList<>();
        String[] shapes = {
                "hsCodes.exists(h, h.startsWith(\"%s\"))",
                "\"%s\" in origins && invoiceTotal > 100.0",
                "items.exists(i, i.heading == \"%s\" && i.valuePerKg < 20.0)",
                "office == \"%s\" || \"%s\" in origins",
                "!(\"%s\" in origins)",
                "invoiceTotal >= %s.0 && !aeo",
        };
        for (int i = 0; i < 300; i++) {
            String shape = shapes[i % shapes.length];
            String a = switch (i % shapes.length) {
                case 0 -> HS[r.nextInt(HS.length)].substring(0, 2 + 2 * r.nextInt(2));
                case 2 -> HS[r.nextInt(HS.length)].substring(0, 4);
                case 3 -> "GB00008" + r.nextInt(3);
                case 5 -> String.valueOf(r.nextInt(1200));
                default -> ORIGINS[r.nextInt(ORIGINS.length)];
            };
            String expr = shape.replaceFirst("%s", a).replace("%s", ORIGINS[r.nextInt(ORIGINS.length)]);
            profiles.add(compiled(i + 1, profile(expr, Lane.values()[r.nextInt(4)])));
        }
        ProfileSnapshot snapshot = new ProfileSnapshot(profiles);
        assertThat(snapshot.unindexedCount()).as("only the negations have no need to file them under").isEqualTo(50);
        int hits = 0;
        for (int n = 0; n < 500; n++) {
            Line[] lines = new Line[1 + r.nextInt(3)];
            for (int k = 0; k < lines.length; k++) {
                lines[k] = line(HS[r.nextInt(HS.length)], ORIGINS[r.nextInt(ORIGINS.length)], String.valueOf(10 + r.nextInt(500)), String.valueOf(1 + r.nextInt(50)));
            }
            Declaration d = anImport("GB00008" + r.nextInt(3), List.of(), lines);
            DeclarationFacts facts = DeclarationFacts.of(d);
            ProfileHits indexed = snapshot.hits(facts);
            assertThat(indexed).isEqualTo(snapshot.hitsEvaluatingEveryProfile(facts));
            hits += indexed.hits().size();
        }
        assertThat(hits).as("the comparison must not pass vacuously").isGreaterThan(1000);
    }

    @Test
    void aProfileAppliesOnlyInItsScopeAndValidity() {
        var scoped = new ProfileDefinition("Felixstowe imports", "true", new ProfileAction.SendTo(Lane.YELLOW), "scope test",
                new ValidityPeriod(ARRIVAL.minusDays(1), ARRIVAL.plusDays(1)),
                new ProfileScope(java.util.Set.of("GB000060"), java.util.Set.of(org.clearway.core.declaration.DeclarationType.IMPORT)), false);
        ProfileSnapshot snapshot = new ProfileSnapshot(List.of(compiled(1, scoped)));
        assertThat(snapshot.hits(DeclarationFacts.of(anImport("GB000060", List.of(), line("847130", "CN", "5", "1")))).hits()).hasSize(1);
        assertThat(snapshot.hits(DeclarationFacts.of(anImport("GB000084", List.of(), line("847130", "CN", "5", "1")))).hits()).isEmpty();
        var expired = new ProfileSnapshot(List.of(compiled(1, new ProfileDefinition("old", "true", new ProfileAction.SendTo(Lane.RED), "x",
                new ValidityPeriod(ARRIVAL.minusDays(30), ARRIVAL.minusDays(1)), ProfileScope.everywhere(), false))));
        assertThat(expired.hits(DeclarationFacts.of(anImport(line("847130", "CN", "5", "1")))).hits()).isEmpty();
    }

    @Test
    void theIndexFindsProfilesByPartyTypeWholeCodeAndPrefixLikeEvaluatingEveryOne() {
        String[] expressions = {
                "declarant == \"GB100000000001\"", "importer == \"GB100000000001\" && invoiceTotal > 1.0", "exporter == \"CN1\"",
                "type == \"IMPORT\" && aeo", "\"847130\" in hsCodes", "hsCodes.exists(h, h.startsWith(\"8\"))",
                "hsCodes.exists(h, h.startsWith(\"84A\"))", "items.exists(i, i.chapter == \"61\")", "origins.exists(o, o == \"VN\")",
                "office in [\"GB000060\", \"GB000084\"] && \"VN\" in origins",
        };
        List<CompiledProfile> profiles = new ArrayList<>();
        for (int i = 0; i < expressions.length; i++) profiles.add(compiled(i + 1, profile(expressions[i], Lane.YELLOW)));
        ProfileSnapshot snapshot = new ProfileSnapshot(profiles);
        assertThat(snapshot.unindexedCount()).isZero();
        DeclarationFacts facts = DeclarationFacts.of(anImport("GB000084", List.of("GBAEOC1"), line("847130", "VN", "10", "1"), line("610910", "CN", "5", "1")));
        ProfileHits hits = snapshot.hits(facts);
        assertThat(hits).isEqualTo(snapshot.hitsEvaluatingEveryProfile(facts));
        // all but the exporter (it has no id) and the prefix with a letter (no declared code has one)
        assertThat(hits.hits()).extracting(p -> p.version().definition().expression())
                .containsExactlyInAnyOrder(expressions[0], expressions[1], expressions[3], expressions[4], expressions[5], expressions[7], expressions[8], expressions[9]);
    }
}
