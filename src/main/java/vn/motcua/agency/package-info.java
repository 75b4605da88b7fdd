/**
 * The province's organisation: a configurable tree of agencies (province, departments,
 * communes). Agency codes prefix dossier codes and name task groups.
 */
package vn.motcua.agency;
