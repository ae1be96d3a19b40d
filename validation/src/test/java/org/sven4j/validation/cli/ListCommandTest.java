package org.sven4j.validation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.sven4j.pde.catalog.Catalog;
import org.sven4j.validation.nist.NistSolvers;
import picocli.CommandLine;

class ListCommandTest {

    @Test
    void listPrintsEveryCatalogEntryWithItsAnchor() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Sven4jCli.commandLine(NistSolvers::defaults);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(0, cl.execute("list"), err.toString());
        String s = out.toString();
        for (String id : Catalog.ids()) {
            assertTrue(s.contains(id + " "), "missing " + id + " in:\n" + s);
        }
        assertEquals(12, Catalog.ids().size());
        assertEquals(12, s.lines().filter(l -> l.contains("anchor: ")).count(), s);
        assertTrue(s.contains("Raissi"), s);
        assertTrue(s.contains("6.7e-4"), s);
        assertTrue(s.contains("domain: t in [0,1], x in [-1,1]"), s);
        // the anchors and targets of the project's issue
        assertTrue(s.contains("6.2e-8 after 1000 s") && s.contains("8.5e-11 at 5.8 s"), s);
        assertTrue(s.contains("target: mlp ≤ 1e-10 in 30 s"), s);
        assertTrue(s.contains("target: chebyshev ≤ 1e-13 in 1 s"), s);
        // reaction, wave1d, bratu1d, lshape, and the MLP side of helmholtz2d
        assertEquals(5, s.lines().filter(l -> l.contains("no published figure used")).count(), s);
    }
}
