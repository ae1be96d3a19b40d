package org.sven4j.validation.report;

import org.sven4j.linalg.LinearAlgebra;
import org.sven4j.linalg.Threads;

/**
 * Where results were measured, for the report header.
 *
 * @param java Java version and VM
 * @param os operating system and architecture
 * @param processors available processors
 * @param threads Sven4j worker threads
 * @param dense the dense linear-algebra back-end
 * @param command the command line that produced the results
 */
public record MachineInfo(String java, String os, int processors, int threads, String dense, String command) {

    /** @return the current JVM's description, with {@code command} as given */
    public static MachineInfo current(String command) {
        return new MachineInfo(System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                        + System.getProperty("os.arch") + ")",
                Runtime.getRuntime().availableProcessors(), Threads.count(), LinearAlgebra.get().description(),
                command);
    }
}
