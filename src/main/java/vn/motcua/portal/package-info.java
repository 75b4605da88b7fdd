/**
 * What citizens reach without an account: the dossier lookup by code plus ID number
 * (throttled against guessing), and later online submission and satisfaction ratings.
 */
package vn.motcua.portal;
