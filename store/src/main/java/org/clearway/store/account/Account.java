package org.clearway.store.account;

import java.time.Instant;

/**
 * A user of Clearway. A declarant's account carries the party id (EORI) it lodges for; customs staff
 * have none. The password is kept only as an Argon2id PHC string.
 */
public record Account(String username, Role role, String partyId, String displayName, String passwordHash, Instant createdAt) {
}
