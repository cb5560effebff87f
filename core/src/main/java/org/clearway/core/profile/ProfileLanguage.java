package org.clearway.core.profile;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationResult;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The language analysts write profiles in: CEL (Common Expression Language) over these variables.
 *
 * <pre>
 * type             string  IMPORT, EXPORT or LOW_VALUE
 * office           string  customs office of entry (or exit)
 * declarant, importer, exporter   string  party ids (EORI), "" when absent
 * importerCountry, exporterCountry string country of the party's address, "" when absent
 * aeo              bool    the declaration names an AEO authorisation
 * mode             string  transport mode (SEA, AIR, ROAD, ...)
 * currency         string  invoice currency; invoiceTotal double
 * hsCodes, origins list(string)  every item's commodity code and origin
 * items            list(map)     each item: hs, chapter, heading, origin, description, procedure,
 *                                preference (strings); netMass, grossMass, value, valuePerKg,
 *                                quantity (doubles); unit (string). A key is absent when unknown.
 * </pre>
 *
 * For example {@code hsCodes.exists(h, h.startsWith("6109")) && "CN" in origins} or
 * {@code items.exists(i, i.chapter == "61" && i.valuePerKg < 2.0)}. An expression must be true or
 * false; anything else, and every syntax or type error, is refused with its line and column.
 * Expressions in the shapes {@link JavaTranslation} knows run as Java with CEL's meaning; the rest
 * run in CEL's interpreter.
 */
public final class ProfileLanguage {
    private static final CelCompiler COMPILER = CelCompilerFactory.standardCelCompilerBuilder()
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .addVar("type", SimpleType.STRING)
            .addVar("office", SimpleType.STRING)
            .addVar("declarant", SimpleType.STRING)
            .addVar("importer", SimpleType.STRING)
            .addVar("exporter", SimpleType.STRING)
            .addVar("importerCountry", SimpleType.STRING)
            .addVar("exporterCountry", SimpleType.STRING)
            .addVar("aeo", SimpleType.BOOL)
            .addVar("mode", SimpleType.STRING)
            .addVar("currency", SimpleType.STRING)
            .addVar("invoiceTotal", SimpleType.DOUBLE)
            .addVar("hsCodes", ListType.create(SimpleType.STRING))
            .addVar("origins", ListType.create(SimpleType.STRING))
            .addVar("items", ListType.create(MapType.create(SimpleType.STRING, SimpleType.DYN)))
            .build();
    private static final CelRuntime RUNTIME = CelRuntimeFactory.standardCelRuntimeBuilder().build();

    /** Longest expression accepted: profiles are rules, not programs. */
    public static final int MAX_LENGTH = 4000;

    private ProfileLanguage() {}

    /** Checks the expression alone: no errors means it would compile. */
    public static List<ExpressionError> check(String expression) {
        return switch (compile(new ProfileVersion(0, 1, new ProfileDefinition("check", expression,
                new ProfileAction.AddScore(1), "check", ValidityPeriod.from(java.time.LocalDate.MIN), ProfileScope.everywhere(), false)))) {
            case Compiled.Ok ok -> List.of();
            case Compiled.Refused(var errors) -> errors;
        };
    }

    /** Parses, type-checks and plans the profile's expression; never throws on bad input. */
    public static Compiled compile(ProfileVersion version) {
        String expression = version.definition().expression();
        if (expression.length() > MAX_LENGTH) {
            return new Compiled.Refused(List.of(new ExpressionError(1, MAX_LENGTH + 1, "the expression is longer than " + MAX_LENGTH + " characters")));
        }
        CelAbstractSyntaxTree ast;
        try {
            CelValidationResult result = COMPILER.compile(expression);
            if (result.hasError()) {
                List<ExpressionError> errors = new ArrayList<>();
                for (CelIssue issue : result.getErrors()) {
                    var at = issue.getSourceLocation();
                    // CEL counts columns from 0; people count from 1.
                    errors.add(new ExpressionError(Math.max(1, at.getLine()), Math.max(0, at.getColumn()) + 1, issue.getMessage()));
                }
                return new Compiled.Refused(errors);
            }
            ast = result.getAst();
        } catch (Exception e) {
            return new Compiled.Refused(List.of(new ExpressionError(1, 1, "the expression could not be compiled: " + e.getMessage())));
        }
        if (!ast.getResultType().equals(SimpleType.BOOL) && !ast.getResultType().equals(SimpleType.DYN)) {
            return new Compiled.Refused(List.of(new ExpressionError(1, 1,
                    "a profile's expression must be true or false, but this one gives a " + ast.getResultType().name())));
        }
        try {
            CelRuntime.Program program = RUNTIME.createProgram(ast);
            return new Compiled.Ok(new CompiledProfile(version, program, JavaTranslation.of(ast.getExpr()), IndexGuard.needs(ast.getExpr())));
        } catch (CelEvaluationException e) {
            return new Compiled.Refused(List.of(new ExpressionError(1, 1, "the expression could not be planned: " + e.getMessage())));
        }
    }
}
