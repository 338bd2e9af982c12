package org.msct.derivations.summary;

/**
 * Who a proportion is computed among (endpoint-rules.md §7). Always explicit: the seed papers use different ones for
 * the same endpoint (49/81 vs 11/49 vs 11/81; 22/81 vs 22/68).
 */
public sealed interface Denominator {
    /** Text for tables, e.g. {@code all enrolled}. */
    String describe();

    /** Every enrolled subject, deaths included. */
    record Enrolled() implements Denominator {
        public String describe() {
            return "all enrolled";
        }
    }

    /** Subjects not known to have died by study day {@code day}. */
    record Survivors(int day) implements Denominator {
        public String describe() {
            return "alive at day " + day;
        }
    }

    /** Subjects who responded (at risk of flare / relapse) under the endpoint. */
    record Responders() implements Denominator {
        public String describe() {
            return "responders";
        }
    }

    /** Subjects followed up to study day {@code day} (last known alive, or died, on or after it). */
    record AtRisk(int day) implements Denominator {
        public String describe() {
            return "followed to day " + day;
        }
    }

    /** Subjects with an evaluable (not NE) state at analysis visit {@code visitNumber}. */
    record Assessed(int visitNumber) implements Denominator {
        public String describe() {
            return "assessed at visit " + visitNumber;
        }
    }
}
