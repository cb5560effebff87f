package org.clearway.store;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Recognises PostgreSQL errors the store turns into domain answers. */
public final class SqlStates {
    private static final String UNIQUE_VIOLATION = "23505";

    private SqlStates() {}

    /** True if {@code e} (or a cause) is a unique violation of the named constraint. */
    public static boolean isUniqueViolation(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                if (!(sql instanceof PSQLException psql)) return false;
                ServerErrorMessage m = psql.getServerErrorMessage();
                return m != null && constraint.equals(m.getConstraint());
            }
        }
        return false;
    }
}
