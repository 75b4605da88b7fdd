/**
 * Documents handed in with a dossier: uploads checked by size and by their content (magic
 * bytes, not the name or the browser's claim), stored outside the web root, and served only
 * to staff who may see the dossier.
 */
package vn.motcua.document;
