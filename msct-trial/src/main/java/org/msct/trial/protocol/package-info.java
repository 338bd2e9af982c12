/**
 * Protocols as data: the versioned protocol files of the seed studies ({@code trial/protocols/*.json}) with their
 * eligibility criteria (structured {@link org.msct.trial.protocol.Condition}s), MSC regimen, visit schedule and
 * endpoint conventions, each element tagged with its {@link org.msct.trial.protocol.Provenance}; named
 * {@link org.msct.trial.protocol.ProtocolOption}s where the sources disagree; {@link
 * org.msct.trial.protocol.ProtocolLoader} and {@link org.msct.trial.protocol.ProtocolValidator}, which report every
 * problem as a {@link org.msct.trial.finding.Finding}.
 */
@NullMarked
package org.msct.trial.protocol;

import org.jspecify.annotations.NullMarked;
