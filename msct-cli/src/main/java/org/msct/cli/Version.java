package org.msct.cli;

import picocli.CommandLine;

/** Version from the jar manifest (or "development" when run from classes). */
public final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"msct " + (v == null ? "development" : v), "Java " + Runtime.version()};
    }
}
