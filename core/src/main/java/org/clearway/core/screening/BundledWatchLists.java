package org.clearway.core.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The OFAC SDN and UN consolidated lists bundled with Clearway (see PROVENANCE.md beside them). */
public final class BundledWatchLists {
    static final String SDN = "/org/clearway/screening/sdn-2024-05-03.csv";
    static final String UN = "/org/clearway/screening/un-consolidated-2022-09-15.xml";

    private BundledWatchLists() {}

    /** The lists, read once per JVM (they are immutable), so that every Clearway in a test run shares them. */
    public static List<WatchList> load() { return Holder.LISTS; }

    private static final class Holder {
        static final List<WatchList> LISTS = read();
    }

    static List<WatchList> read() {
        return List.of(SdnCsv.parse(bytes(SDN), "OFAC SDN 2024-05-03").list(),
                UnConsolidatedXml.parse(bytes(UN), "UN consolidated 2022-09-15").list());
    }

    static byte[] bytes(String resource) {
        try (InputStream in = BundledWatchLists.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the core jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
