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
    }
}
