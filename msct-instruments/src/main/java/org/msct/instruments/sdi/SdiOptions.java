package org.msct.instruments.sdi;

/**
 * Options of SDI scoring. {@link #DEFAULTS}: the 6-month persistence rule applied.
 *
 * @param applyPersistenceRule a non-"ever" item with {@code months_present} below the definition's 6 months does not
 *     count (default true; false scores every recorded item, e.g. to reproduce data where the investigator already
 *     applied the rule)
 */
public record SdiOptions(boolean applyPersistenceRule) {
    public static final SdiOptions DEFAULTS = new SdiOptions(true);
}
