package vn.motcua.simulation;

import java.time.LocalDateTime;

import vn.motcua.dossier.Channel;

/** A citizen hands in a dossier of a procedure at an agency's desk, by a channel, at a time. */
public record Arrival(LocalDateTime at, String procedureCode, String agencyCode, Channel channel) {
}
