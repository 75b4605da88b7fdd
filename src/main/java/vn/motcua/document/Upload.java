package vn.motcua.document;

/** A file as a citizen sent it, before any check. {@code requiredPosition} is its checklist item. */
public record Upload(Integer requiredPosition, String originalName, byte[] content) {
}
