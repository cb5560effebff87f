package org.clearway.core.declaration;

/** Incoterms 2020: who pays carriage and insurance, and so what the invoice price covers. */
public enum Incoterm {
    EXW, FCA, FAS, FOB, CFR, CIF, CPT, CIP, DAP, DPU, DDP;

    /** True when the seller's price already includes carriage to the destination (so freight is not added). */
    public boolean includesMainCarriage() {
        return switch (this) {
            case CFR, CIF, CPT, CIP, DAP, DPU, DDP -> true;
            case EXW, FCA, FAS, FOB -> false;
        };
    }
}
