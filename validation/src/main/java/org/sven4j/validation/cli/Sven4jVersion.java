package org.sven4j.validation.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The Sven4j version: from the Maven descriptor packaged in the jar, else the jar manifest, else
 * {@value #UNPACKAGED} when running from compiled classes.
 */
public final class Sven4jVersion implements IVersionProvider {
    /** Reported when no packaged version information is found. */
    public static final String UNPACKAGED = "development build (not packaged)";
    private static final String DESCRIPTOR = "/META-INF/maven/org.sven4j/validation/pom.properties";

    /** @return the version string */
    public static String version() {
        try (InputStream in = Sven4jVersion.class.getResourceAsStream(DESCRIPTOR)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank()) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String v = Sven4jVersion.class.getPackage().getImplementationVersion();
        return v != null ? v : UNPACKAGED;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"sven4j " + version()};
    }
}
