/**
 * The official forms of the one-stop desk (Circular 01/2018/TT-VPCP numbering as used here:
 * 01 receipt and appointment slip … 06 control slip, 07 logbook) rendered as PDF and as pages.
 * Which forms a dossier has been issued is read from its transitions; nothing is stored twice.
 */
package vn.motcua.forms;
