/**
 * Dossiers: intake at the desk, online or by post; their codes, due dates and national
 * statuses; the actions on them (supplements, refusal, withdrawal, stop, result returned,
 * apology with a new date) and the record of every transition. The process engine drives
 * the steps; this module keeps the dossier's own truth in our tables.
 */
package vn.motcua.dossier;
