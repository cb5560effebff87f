package org.clearway.store.profile;

/** The outcome of a change to a profile: done, refused by the workflow (with why), or no such profile. */
public sealed interface ProfileChange {
    record Done(StoredProfile profile) implements ProfileChange {}
    record Refused(String message, StoredProfile profile) implements ProfileChange {}
    record NotFound(long id) implements ProfileChange {}
}
