package org.clearway.store.account;

/** An account with this username already exists. */
public final class AccountAlreadyExists extends RuntimeException {
    private final String username;

    public AccountAlreadyExists(String username) {
        super("an account named '" + username + "' already exists");
        this.username = username;
    }

    public String username() { return username; }
}
