package org.clearway.app.http;

import java.util.List;
import org.clearway.core.validation.Problem;

/**
 * An error answer in RFC 9457 form (application/problem+json): a problem type, a title, the HTTP
 * status, a detail for humans and the list of precise problems, each {code, path, message}.
 * Thrown by handlers and turned into the response in one place.
 */
public final class ApiProblem extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final List<Problem> problems;

    public ApiProblem(int status, String type, String title, String detail, List<Problem> problems) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.problems = List.copyOf(problems);
    }

    public static ApiProblem badRequest(String detail, List<Problem> problems) {
        return new ApiProblem(400, "urn:clearway:problem:malformed-request", "The request could not be read", detail, problems);
    }

    public static ApiProblem invalidDeclaration(List<Problem> problems) {
        return new ApiProblem(422, "urn:clearway:problem:invalid-declaration", "The declaration was rejected",
                problems.size() + " problem(s) found; nothing was stored", problems);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "urn:clearway:problem:not-found", "Not found", detail, List.of());
    }

    public static ApiProblem conflict(String title, String detail) {
        return new ApiProblem(409, "urn:clearway:problem:conflict", title, detail, List.of());
    }

    public static ApiProblem unauthorized(String detail) {
        return new ApiProblem(401, "urn:clearway:problem:unauthorized", "Sign-in required", detail, List.of());
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "urn:clearway:problem:forbidden", "Not allowed", detail, List.of());
    }

    public static ApiProblem tooLarge(long limit) {
        return new ApiProblem(413, "urn:clearway:problem:too-large", "The request body is too large",
                "the body may be at most " + limit + " bytes", List.of());
    }

    public static ApiProblem unsupportedMediaType(String got, String expected) {
        return new ApiProblem(415, "urn:clearway:problem:unsupported-media-type", "Unsupported content type",
                "got " + (got == null ? "no content type" : got) + "; send " + expected, List.of());
    }

    public int status() { return status; }

    public String type() { return type; }

    public String title() { return title; }

    public List<Problem> problems() { return problems; }
}
