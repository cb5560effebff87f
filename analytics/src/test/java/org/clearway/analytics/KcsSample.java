package org.clearway.analytics;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clearway.analytics.kcs.KcsReader;

/** The repository's copy of the KCS training year, read once per test JVM, and slices of it. */
public final class KcsSample {
    public static final Path TRAIN = Path.of("data/kcs/kcs_df_syn_train_eng.csv");
    private static List<Labelled> year;

    private KcsSample() {}

    public static synchronized List<Labelled> year() {
        if (year == null) year = KcsReader.read(TRAIN, KcsReader.Labels.REQUIRED).labelledRows();
        return year;
    }

    /** The rows dated in [from, to). */
    public static List<Labelled> between(LocalDate from, LocalDate to) {
        return year().stream().filter(l -> !l.facts().date().isBefore(from) && l.facts().date().isBefore(to)).toList();
    }
}
