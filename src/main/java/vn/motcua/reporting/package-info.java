/**
 * Facts for auditors: a row per resolved dossier and per completed step, written in the
 * transaction of the change that produced them, from which the SLA and reduction reports
 * are computed.
 */
package vn.motcua.reporting;
