/**
 * Who may do what: staff accounts (bcrypt-hashed, locked after repeated failed logins),
 * roles, the task groups derived from a clerk's agency and roles, and the HTTP security
 * rules (HTTP Basic for the API, form login for pages, admin only for Camunda's own
 * REST API and webapps).
 */
package vn.motcua.security;
