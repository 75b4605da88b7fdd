/**
 * Documents the system issues (forms 01–07, results): each registered under a random id, stamped
 * with the QR code of Circular 01/2023/TT-VPCP (upper-left, the data set plus the public
 * verification address), signed as PAdES with the issuing official's key (Decree 107/2021) and
 * stored exactly as issued, its hash recorded in the audit trail. The public verification page
 * tells anyone holding the code or a copy whether the document is genuine and unchanged.
 */
package vn.motcua.issuance;
