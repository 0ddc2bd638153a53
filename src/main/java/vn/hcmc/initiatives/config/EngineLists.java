package vn.hcmc.initiatives.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine configuration's lists of extensions (command interceptors, history event handlers, parse listeners,
 * session factories) start empty ({@code null}) and each plugin adds its own: a plugin appends to what the plugins
 * before it set, never replaces it.
 */
public final class EngineLists {

    private EngineLists() {
    }

    /** The configuration's list (none yet: empty) with the plugin's extension added at its end. */
    public static <T> List<T> appended(List<? extends T> configured, T extension) {
        List<T> extensions = configured == null ? new ArrayList<>() : new ArrayList<>(configured);
        extensions.add(extension);
        return extensions;
    }
}
