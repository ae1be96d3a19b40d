package org.sven4j.pde.catalog;

/**
 * The published result a benchmark is compared with.
 *
 * @param source the publication (authors, venue, year)
 * @param setting the method/setting the figure belongs to
 * @param error the error reached there, as reported (metric included)
 */
public record Anchor(String source, String setting, String error) {

    public Anchor {
        if (source == null || setting == null || error == null) {
            throw new IllegalArgumentException("anchor needs source, setting and error");
        }
    }

    @Override
    public String toString() {
        return source + "; " + setting + ": " + error;
    }
}
