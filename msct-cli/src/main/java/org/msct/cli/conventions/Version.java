package org.msct.cli.conventions;

import picocli.CommandLine;

/** Version from the jar manifest (or "development" when run from classes). */
public final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"msct " + (v == null ? "development" : v), "Java " + Runtime.version()};
    }
}
