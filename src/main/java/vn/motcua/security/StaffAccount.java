package vn.motcua.security;

/** An account as the administrators' pages show it: the member of staff and whether they may sign in. */
public record StaffAccount(StaffUser user, boolean enabled) {
}
