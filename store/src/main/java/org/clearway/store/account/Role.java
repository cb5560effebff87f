package org.clearway.store.account;

/** What an account may do: lodge declarations, check them, write risk profiles, or administer Clearway. */
public enum Role {
    DECLARANT, OFFICER, ANALYST, ADMIN
}
