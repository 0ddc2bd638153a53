package vn.hcmc.initiatives.api;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Where in a JSON document Jackson could not read a value, as a caller writes it: {@code variables.vote}, {@code days[2]}. */
public final class JsonFieldPath {

    private JsonFieldPath() {
    }

    /** The path to the value, or null when Jackson could not read the document as a whole. */
    public static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** Jackson's message without the source location it appends, which names a stream, not the caller's document. */
    public static String messageOf(JsonMappingException e) {
        String message = e.getOriginalMessage();
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
