package org.msct.trial.model;

/**
 * The protocol a study follows: id and version of a protocol definition (org.msct.trial.protocol).
 *
 * @param id protocol id, e.g. {@code wang-2014-uc-msc}
 * @param version protocol version (amendment), e.g. {@code 1}
 */
public record ProtocolRef(String id, String version) {
    public ProtocolRef {
        Require.text(id, "protocol id");
        Require.text(version, "protocol version");
    }
}
