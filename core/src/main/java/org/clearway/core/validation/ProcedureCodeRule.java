package org.clearway.core.validation;

import java.util.ArrayList;
import java.util.List;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.reference.CodeChars;

/**
 * The procedure code is 4 digits: the procedure requested (e.g. 40, release for free circulation)
 * followed by the previous procedure (00 if none), as in the WCO Data Model and the EU/UK codes.
 */
public final class ProcedureCodeRule {
    public List<Problem> check(Declaration declaration) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < declaration.items().size(); i++) {
            String code = declaration.items().get(i).procedureCode();
            if (code != null && !code.isBlank() && !(code.length() == 4 && CodeChars.digits(code, 0, 4))) {
                problems.add(new Problem(ProblemCodes.PROCEDURE_CODE_INVALID, Paths.item(i, "procedureCode"),
                        "'" + code + "' is not a procedure code: 4 digits, the requested and the previous procedure (e.g. 4000)"));
            }
        }
        return problems;
    }
}
