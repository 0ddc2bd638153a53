package vn.hcmc.initiatives.api;

import java.io.IOException;

/**
 * What reading a request body past the service's limit throws ({@code security/RequestSizeLimit}), wherever the body
 * is read: the service's own API and the engine's REST API answer it with a 413, whatever reader met it.
 */
public class BodyTooLarge extends IOException {

    public BodyTooLarge(String message) {
        super(message);
    }

    /** The limit's exception among the causes of one a reader threw, if it is one. */
    public static BodyTooLarge in(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
