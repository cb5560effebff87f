package org.clearway.core.declaration;

/** What the declarant asks customs to do with the goods; decides which elements are required. */
public enum DeclarationType {
    /** Release for free circulation (home use): full data set, duties and taxes due. */
    IMPORT,
    /** Goods leaving the customs territory: no duty, export controls. */
    EXPORT,
    /** A low-value e-commerce consignment with the WCO E-Commerce Framework's reduced data set. */
    LOW_VALUE
}
