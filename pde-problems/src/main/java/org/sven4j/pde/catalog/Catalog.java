package org.sven4j.pde.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The benchmark catalog. Ids, as the CLI and the results files use them: poisson2d, poisson5d, heat1d,
 * helmholtz2d, burgers, allen-cahn, convection, reaction, wave1d, kovasznay, bratu1d, lshape.
 * Each call builds fresh entries (cheap; the numerical references are computed on first evaluation).
 */
public final class Catalog {
    private static final Map<String, Supplier<BenchmarkProblem>> ENTRIES = entries();

    private Catalog() {
    }

    private static Map<String, Supplier<BenchmarkProblem>> entries() {
        Map<String, Supplier<BenchmarkProblem>> m = new LinkedHashMap<>();
        m.put("poisson2d", EllipticProblems::poisson2d);
        m.put("poisson5d", EllipticProblems::poisson5d);
        m.put("heat1d", EvolutionProblems::heat1d);
        m.put("helmholtz2d", EllipticProblems::helmholtz2d);
        m.put("burgers", EvolutionProblems::burgers);
        m.put("allen-cahn", EvolutionProblems::allenCahn);
        m.put("convection", EvolutionProblems::convection);
        m.put("reaction", EvolutionProblems::reaction);
        m.put("wave1d", EvolutionProblems::wave1d);
        m.put("kovasznay", EllipticProblems::kovasznay);
        m.put("bratu1d", EllipticProblems::bratu1d);
        m.put("lshape", EllipticProblems::lshape);
        return Collections.unmodifiableMap(m);
    }

    /** @return the ids in catalog order */
    public static List<String> ids() {
        return List.copyOf(ENTRIES.keySet());
    }

    /** @return every entry, in catalog order */
    public static List<BenchmarkProblem> all() {
        return ENTRIES.values().stream().map(Supplier::get).toList();
    }

    /**
     * @param id a catalog id
     * @return the entry
     * @throws IllegalArgumentException for an unknown id, listing the known ones
     */
    public static BenchmarkProblem get(String id) {
        Supplier<BenchmarkProblem> s = ENTRIES.get(id);
        if (s == null) {
            throw new IllegalArgumentException("unknown benchmark problem '" + id + "'; known: "
                    + String.join(", ", ENTRIES.keySet()));
        }
        return s.get();
    }
}
