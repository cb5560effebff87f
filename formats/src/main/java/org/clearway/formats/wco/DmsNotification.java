package org.clearway.formats.wco;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.clearway.core.declaration.Money;

/**
 * One notification of the DMS family (WCO DM Response, RES-DMS), as customs answers a declaration:
 * its function (accepted, rejected, control, tax assessment, cleared), its own reference and time,
 * what it says, and the declaration it is about. Absent parts (null, empty) are not written.
 */
public record DmsNotification(DmsFunction function, String id, Instant issued, List<Statement> statements, Bank bank,
                              List<DmsError> errors, String statusCode, DeclarationReference declaration) {

    public DmsNotification {
        if (function == null || declaration == null) throw new IllegalArgumentException("a notification needs its function and its declaration");
        statements = statements == null ? List.of() : List.copyOf(statements);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The function code (WCO 017, EDIFACT 1225) of each notification the samples show. */
    public enum DmsFunction {
        ACCEPTED("01"), REJECTED("03"), CONTROL("05"), CLEARED("09"), TAX_ASSESSMENT("13");

        private final String code;

        DmsFunction(String code) { this.code = code; }

        public String code() { return code; }
    }

    /** AdditionalInformation: a statement code, its description and its type code. */
    public record Statement(String code, String description, String typeCode) {
    }

    /** Where to pay: the bank's reference (BIC) and account (IBAN). */
    public record Bank(String referenceId, String accountId) {
    }

    /** An Error: a validation code (at most 8 characters), a description, and pointers to the element. */
    public record DmsError(String validationCode, String description, List<Pointer> pointers) {
        public DmsError {
            pointers = pointers == null ? List.of() : List.copyOf(pointers);
        }
    }

    /** One step of a pointer: the WCO class (DocumentSectionCode, e.g. 42A), its sequence, and at the end the attribute's WCO tag. */
    public record Pointer(Integer sequence, String sectionCode, String tagId) {
    }

    /** The declaration a notification is about: LRN (FunctionalReferenceID), MRN (ID), version, and the dates and duties that apply. */
    public record DeclarationReference(Instant accepted, String lrn, String mrn, Instant rejected, String version,
                                       List<ItemDuties> items) {
        public DeclarationReference {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** The duties and taxes assessed on one goods item. */
    public record ItemDuties(int sequence, List<DutyTaxFee> fees) {
        public ItemDuties {
            fees = fees == null ? List.of() : List.copyOf(fees);
        }
    }

    /** One duty or tax (TypeCode A00 customs duty, B00 VAT): its base, deduction, regime, rate, and the amounts assessed and payable. */
    public record DutyTaxFee(Money base, Money deduct, String regimeCode, BigDecimal rate, String typeCode, Money assessed, Money payable) {
    }
}
