package org.sven4j.validation.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sven4j.validation.suite.RunResult;
import org.sven4j.validation.suite.Spectrum;

/**
 * results.json: the machine, then one object per run with the results.csv columns plus seed, budget,
 * settings, termination message, final loss and the recorded singular-value spectra. NaN is written as
 * null. The history is in history.csv, the parameters are not written (see {@code sven4j solve}).
 */
final class JsonWriter {
    private JsonWriter() {
    }

    /** Writes the file. */
    public static void write(List<RunResult> results, MachineInfo machine, Path file) throws IOException {
        ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        om.writeValue(file.toFile(), tree(om, results, machine));
    }

    static ObjectNode tree(ObjectMapper om, List<RunResult> results, MachineInfo machine) {
        ObjectNode root = om.createObjectNode();
        root.set("machine", om.valueToTree(machine));
        ArrayNode runs = root.putArray("runs");
        for (RunResult r : results) {
            ObjectNode o = runs.addObject();
            o.put("problem", r.spec().problem());
            o.put("ansatz", r.spec().ansatz().id());
            o.put("solver", r.spec().solver().id());
            o.put("seed", r.spec().seed());
            o.put("budget_seconds", r.spec().budget().toMillis() / 1000.0);
            o.put("settings", r.settings());
            o.put("parameters", r.parameters());
            o.put("points", r.points());
            o.put("iterations", r.iterations());
            o.put("seconds", r.seconds());
            ObjectNode per = o.putObject("ms_per_iteration");
            for (org.sven4j.lsq.Phase ph : org.sven4j.lsq.Phase.values()) {
                number(per, ph.name().toLowerCase(java.util.Locale.ROOT), r.millisPerIteration(ph));
            }
            number(o, "rel_l2", r.relativeL2());
            number(o, "max_abs_error", r.maxAbsError());
            number(o, "residual_rms", r.residualRms());
            number(o, "final_loss", r.finalLoss());
            o.put("status", r.status());
            o.put("message", r.message());
            ArrayNode sp = o.putArray("spectra");
            for (Spectrum s : r.spectra()) {
                ObjectNode so = sp.addObject();
                so.put("iteration", s.iteration());
                ArrayNode sv = so.putArray("singular_values");
                for (double v : s.singularValues()) {
                    sv.add(v);
                }
            }
        }
        return root;
    }

    private static void number(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) {
            o.put(name, v);
        } else {
            o.putNull(name);
        }
    }
}
