/**
 * What lets two or more application nodes share one database: one node at a time through the
 * first start-up steps, scheduled jobs run by one node per run, caches that notice another
 * node's change. See docs/adr/0010-cluster-sessions-locks.md.
 */
package vn.motcua.shared.cluster;
