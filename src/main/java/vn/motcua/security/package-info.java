/**
 * Who may do what: staff accounts (bcrypt-hashed; sign-in attempts throttled per account and per address in the database),
 * roles, the task groups derived from a clerk's agency and roles, and the HTTP security
 * rules (HTTP Basic for the API, form login for pages, admin only for Camunda's own
 * REST API and webapps).
 */
package vn.motcua.security;
