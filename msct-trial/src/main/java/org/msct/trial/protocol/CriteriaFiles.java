package org.msct.trial.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The criteria definition files shipped under {@code trial/criteria/}: SLE classification criteria sets and MSC lot
 * release criteria. Protocols name them by id.
 */
public final class CriteriaFiles {
    private CriteriaFiles() {}

    /** Class-path folder. */
    public static final String FOLDER = "/trial/criteria/";

    /** Classification criteria set id → file name. */
    public static final Map<String, String> CLASSIFICATION = ordered(
            "acr-1997", "acr-1997.v1.json",
            "slicc-2012", "slicc-2012.v1.json",
            "eular-acr-2019", "eular-acr-2019.v1.json");

    /** Lot release criteria id → file name. */
    public static final Map<String, String> RELEASE = ordered("isct-msc-2006", "isct-msc-2006.v1.json");

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return Collections.unmodifiableMap(m);
    }
}
