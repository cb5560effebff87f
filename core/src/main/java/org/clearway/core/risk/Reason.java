package org.clearway.core.risk;

/**
 * Why a lane was allocated: a stable code (e.g. {@code RANDOM_SELECTION}, {@code PROFILE_HIT}), the
 * lane this reason asks for, and a plain-language text an officer or trader can read.
 */
public record Reason(String code, Lane lane, String text) {
}
