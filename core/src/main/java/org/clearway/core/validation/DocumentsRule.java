package org.clearway.core.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.clearway.core.declaration.Declaration;
import org.clearway.core.declaration.SupportingDocument;

/**
 * The same document (type and reference) listed twice is a sign of a copy-paste error and would
 * count once in a documentary check; the declarant is asked to list each document once.
 */
public final class DocumentsRule {

    public List<Problem> check(Declaration declaration) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> firstIndexOf = new HashMap<>();
        for (int i = 0; i < declaration.documents().size(); i++) {
            SupportingDocument document = declaration.documents().get(i);
            if (document.type() == null || document.reference() == null) continue;
            String key = document.type().strip() + "\u0000" + document.reference().strip();
            Integer first = firstIndexOf.putIfAbsent(key, i);
            if (first != null) {
                problems.add(new Problem(ProblemCodes.DUPLICATE_DOCUMENT, Paths.document(i, "reference"),
                        "document " + document.type() + " " + document.reference() + " is already listed as documents[" + first + "]"));
            }
        }
        return problems;
    }
}
