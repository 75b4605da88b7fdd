/**
 * Shared kernel: the province's time zone and clock, and the error types every
 * module throws for bad input. Open to all modules; holds no business rules.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.motcua.shared;
