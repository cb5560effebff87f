package org.clearway.app.cli;

import java.util.concurrent.Callable;
import org.clearway.store.Database;
import org.clearway.store.audit.AuditLogJdbc;
import org.clearway.store.audit.VerifyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "audit", mixinStandardHelpOptions = true, description = "Work with the hash-chained audit log.",
        subcommands = AuditCommand.Verify.class)
public final class AuditCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check the audit chain; name the first entry that was altered or removed. Exit 0 if intact, 1 if not.",
                    "Works beside a running server on the same --data-dir (it connects to that server's database)."})
    static final class Verify implements Callable<Integer> {
        @Mixin
        DatabaseOptions db;

        @Override
        public Integer call() {
            try (Database database = db.openOrAttach()) {
                VerifyResult result = new AuditLogJdbc(database).verify();
                System.out.println(result.message());
                return result instanceof VerifyResult.Intact ? 0 : 1;
            }
        }
    }
}
