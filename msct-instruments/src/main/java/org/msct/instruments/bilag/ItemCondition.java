package org.msct.instruments.bilag;

import java.util.List;

/**
 * A structured grading condition over item codes, compiled from a definition file. {@code codes[n]} is the code of
 * item n (0–4), or -1 when the item was not recorded or not done (treated as not present).
 */
sealed interface ItemCondition {

    boolean test(byte[] codes);

    /** Adds the items that make this condition true to {@code out} (call only when {@link #test} is true). */
    void collect(byte[] codes, List<Integer> out);

    /** At least {@code min} of {@code items} carry a code whose bit is set in {@code codeMask} (bit c = code c). */
    record Count(int[] items, int codeMask, int min) implements ItemCondition {
        @Override
        public boolean test(byte[] codes) {
            int n = 0;
            for (int item : items) {
                if (matches(codes[item]) && ++n >= min) return true;
            }
            return false;
        }

        @Override
        public void collect(byte[] codes, List<Integer> out) {
            for (int item : items) {
                if (matches(codes[item]) && !out.contains(item)) out.add(item);
            }
        }

        private boolean matches(byte code) {
            return code >= 0 && (codeMask & (1 << code)) != 0;
        }
    }

    /** All of the parts hold. */
    record AllOf(List<ItemCondition> parts) implements ItemCondition {
        public AllOf {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean test(byte[] codes) {
            for (ItemCondition c : parts) {
                if (!c.test(codes)) return false;
            }
            return true;
        }

        @Override
        public void collect(byte[] codes, List<Integer> out) {
            for (ItemCondition c : parts) c.collect(codes, out);
        }
    }

    /** At least one part holds. */
    record AnyOf(List<ItemCondition> parts) implements ItemCondition {
        public AnyOf {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean test(byte[] codes) {
            for (ItemCondition c : parts) {
                if (c.test(codes)) return true;
            }
            return false;
        }

        @Override
        public void collect(byte[] codes, List<Integer> out) {
            for (ItemCondition c : parts) {
                if (c.test(codes)) c.collect(codes, out);
            }
        }
    }
}
