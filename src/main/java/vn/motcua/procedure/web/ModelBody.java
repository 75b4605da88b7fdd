package vn.motcua.procedure.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A model in a request body, read up to the size limit and no further: a 50 MB body is
 * refused after 2 MB (or at once, by its Content-Length) instead of being held in memory.
 */
final class ModelBody {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    private ModelBody() {
    }

    /** The body, or null when it is larger than the limit. */
    static byte[] read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            return null;
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BYTES + 1);
            return body.length > MAX_BYTES ? null : body;
        }
    }
}
