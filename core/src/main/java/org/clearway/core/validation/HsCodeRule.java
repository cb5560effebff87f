package org.clearway.core.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.HsCode;
import org.clearway.core.reference.HsNomenclature;
import org.clearway.core.reference.ReferenceData;

/**
 * Each item's commodity code must name a subheading of the HS edition in force on the day of
 * validation, and one without subdivisions. A 4-digit heading is never declarable: every type
 * asks for at least the 6-digit subheading. National digits (7 to 10) are the national tariff's
 * business and are not checked here.
 */
public final class HsCodeRule {
    private final ReferenceData reference;

    public HsCodeRule(ReferenceData reference) { this.reference = reference; }

    public List<Problem> check(Declaration declaration, LocalDate today) {
        HsNomenclature hs = reference.hsInForceOn(today);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < declaration.items().size(); i++) {
            HsCode code = declaration.items().get(i).hsCode();
            if (code == null) continue;
            String path = Paths.item(i, "hsCode");
            if (code.subheading().isEmpty()) {
                problems.add(heading(code.heading(), hs, path));
            } else if (hs.find(code.subheading()).isEmpty()) {
                problems.add(new Problem(ProblemCodes.HS_CODE_UNKNOWN, path,
                        "subheading " + code.subheading() + " does not exist in " + hs.edition()));
            } else if (!hs.isLeaf(code.subheading())) {
                problems.add(new Problem(ProblemCodes.HS_CODE_NOT_DECLARABLE, path,
                        code.subheading() + " is subdivided in " + hs.edition() + "; declare one of its subdivisions"));
            }
        }
        return problems;
    }

    private static Problem heading(String heading, HsNomenclature hs, String path) {
        if (hs.find(heading).isEmpty()) {
            return new Problem(ProblemCodes.HS_CODE_UNKNOWN, path, "heading " + heading + " does not exist in " + hs.edition());
        }
        String why = hs.isLeaf(heading) ? "" : " and has subheadings";
        return new Problem(ProblemCodes.HS_CODE_NOT_DECLARABLE, path, heading + " is a heading in " + hs.edition() + why
                + "; declare the 6-digit subheading (or a national code of 8 or 10 digits)");
    }
}
