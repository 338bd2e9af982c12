package org.msct.reports.figure;

/** An axis tick at pixel position {@code px} with its label. */
record Tick(double px, String label) {}
