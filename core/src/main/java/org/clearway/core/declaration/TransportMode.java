package org.clearway.core.declaration;

/** Mode of transport at the border, UNECE Recommendation 19 codes. */
public enum TransportMode {
    SEA(1), RAIL(2), ROAD(3), AIR(4), POST(5), FIXED_INSTALLATION(7), INLAND_WATERWAY(8), OWN_PROPULSION(9);

    private final int code;

    TransportMode(int code) { this.code = code; }

    public int code() { return code; }

    public static TransportMode ofCode(int code) {
        for (TransportMode m : values()) if (m.code == code) return m;
        throw new IllegalArgumentException("transport mode code must be one of 1,2,3,4,5,7,8,9 (UNECE Rec. 19)");
    }
}
