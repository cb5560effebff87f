package org.clearway.analytics.kcs;

/** A data file the model cannot use; the message names the file, line and column. */
public final class DataFileException extends RuntimeException {
    public DataFileException(String message) { super(message); }
}
