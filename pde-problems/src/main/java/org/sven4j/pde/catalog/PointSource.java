package org.sven4j.pde.catalog;

import org.sven4j.pde.sampling.UnitCubeSampler;

/** Draws the collocation points of one condition from a unit-cube sampler. */
@FunctionalInterface
public interface PointSource {

    /**
     * @param sampler the sampler
     * @param n number of points
     */
    RolePoints sample(UnitCubeSampler sampler, int n);
}
