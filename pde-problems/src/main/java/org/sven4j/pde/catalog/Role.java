package org.sven4j.pde.catalog;

/** Where a condition of a benchmark is imposed. */
public enum Role {
    /** The PDE itself, at interior (or space–time interior) points. */
    INTERIOR,
    /** A boundary condition on ∂Ω (for evolution problems: the lateral boundary [t₀,t₁]×∂Ω); points carry outward normals. */
    BOUNDARY,
    /** An initial condition on the slice t = t₀. */
    INITIAL,
    /** A periodicity condition: each point is paired with its periodic image ({@link RolePoints#partners()}). */
    PERIODIC
}
