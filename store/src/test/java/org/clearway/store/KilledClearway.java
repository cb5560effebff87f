package org.clearway.store;

import java.nio.file.Path;

/** Run in a child JVM by DatabaseTest: opens the embedded database, says READY, and waits to be killed. */
public final class KilledClearway {
    public static void main(String[] args) throws InterruptedException {
        Database db = Database.embedded(Path.of(args[0]));
        db.jdbi().useHandle(h -> h.execute("CREATE TABLE IF NOT EXISTS left_behind (note text); INSERT INTO left_behind VALUES ('still here')"));
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
