/**
 * The procedure catalogue: every administrative procedure with its metadata (from
 * bpmn/&lt;procedure&gt;/procedure.yml) and every deployed version of its BPMN process,
 * with the statutory time, steps and hand-overs each version declares.
 */
package vn.motcua.procedure;
