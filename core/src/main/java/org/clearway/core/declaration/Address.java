package org.clearway.core.declaration;

import org.clearway.core.reference.CountryCode;

/** A postal address; the country is checked against the reference data by validation. */
public record Address(String street, String city, String postcode, CountryCode country) {
}
