/**
 * Citizens' notices (issue 14): what the applicant is told, by email, SMS and Zalo, when their
 * dossier is received, asked for a supplement, refused, resolved or rescheduled. Notices are
 * queued in the dossier's transaction through the delivery module's outbox and sent by its sender,
 * so a gateway that is down delays notices but never blocks or rolls back a dossier.
 */
@org.springframework.modulith.ApplicationModule
package vn.motcua.notice;
