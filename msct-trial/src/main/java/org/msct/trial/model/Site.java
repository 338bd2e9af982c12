package org.msct.trial.model;

/**
 * A study site (DM.SITEID).
 *
 * @param siteId SITEID as used in DM, e.g. {@code 01}
 * @param name site name, e.g. the hospital
 * @param country ISO 3166-1 alpha-3 country code (DM.COUNTRY convention), e.g. {@code CHN}
 */
public record Site(String siteId, String name, String country) {
    public Site {
        Require.text(siteId, "siteId");
        Require.text(name, "site name");
        Require.text(country, "country");
        if (country.length() != 3) throw new IllegalArgumentException("country must be ISO 3166-1 alpha-3: " + country);
    }
}
