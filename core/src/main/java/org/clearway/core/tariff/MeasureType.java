package org.clearway.core.tariff;

/** What a measure does (the UK Trade Tariff's and TARIC's measure types, reduced to the kinds Clearway applies). */
public enum MeasureType {
    /** The duty for goods of any origin without a preference (MFN, US "general" column, TARIC 103). */
    THIRD_COUNTRY_DUTY,
    /** A lower duty for origins in a country or group under a trade agreement or programme (TARIC 142). */
    PREFERENTIAL_DUTY,
    /** The duty for origins denied MFN treatment (US column 2), replacing the third-country duty. */
    NON_MFN_DUTY,
    /** A duty on top of the one chosen above (anti-dumping, countervailing, safeguard, retaliation). */
    ADDITIONAL_DUTY,
    /** Import prohibited or restricted for the origin: the declaration needs a licence or is refused. */
    PROHIBITION,
    /**
     * An excise duty (alcohol, tobacco, energy): a tax of its own in the breakdown, charged on top of
     * the customs duty, set by national line or heading (TARIC's national excise measures).
     */
    EXCISE;

    /**
     * True for the measures that add to what a line's own duty measures say, and so are collected from
     * the line and every heading above it: an additional duty or an excise set on a heading covers all
     * its lines, and so does a prohibition. The others (third-country, preferential, non-MFN duties)
     * come from the nearest line that sets any.
     */
    public boolean stacks() {
        return switch (this) {
            case ADDITIONAL_DUTY, PROHIBITION, EXCISE -> true;
            case THIRD_COUNTRY_DUTY, PREFERENTIAL_DUTY, NON_MFN_DUTY -> false;
        };
    }
}
