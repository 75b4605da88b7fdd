package vn.motcua.procedure;

/** Online public service level (Decree 42/2022): "toàn trình" (fully online), "một phần" (partly), none. */
public enum OnlineLevel {
    FULL, PARTIAL, NONE
}
