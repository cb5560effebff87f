package org.clearway.core.screening;

import java.util.List;

/** The outcome of reading a list file: the entries read and the problems found (errors are values). */
public record ParsedList(WatchList list, List<ListProblem> problems) {
    public ParsedList {
        problems = List.copyOf(problems);
    }

    public boolean ok() { return problems.isEmpty(); }
}
