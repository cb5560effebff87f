package org.clearway.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.clearway.core.declaration.SupportingDocument;
import org.junit.jupiter.api.Test;

class DocumentsRuleTest {
    private final DocumentsRule rule = new DocumentsRule();

    @Test
    void differentDocumentsPass() {
        Draft draft = Draft.anImport();
        draft.documents.add(new SupportingDocument("N740", "INV-2025-117"));
        assertThat(rule.check(draft.build())).isEmpty();
    }

    @Test
    void theSameDocumentTwiceIsADuplicate() {
        Draft draft = Draft.anImport();
        draft.documents.add(new SupportingDocument("N380", "INV-2025-117 "));
        assertThat(rule.check(draft.build())).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCodes.DUPLICATE_DOCUMENT);
            assertThat(p.path()).isEqualTo("documents[1].reference");
            assertThat(p.message()).contains("documents[0]");
        });
    }
}
