package cn.gov.wujin.selfcheck.platform.persistence;

import java.util.Locale;

/**
 * "Contains" searches in JPQL, the same on Derby and PostgreSQL: write
 * {@code LOWER(x) LIKE :p} followed by {@link #ESCAPE} and bind {@link #containing(String)}, so that a
 * user's {@code %} or {@code _} is matched as itself. (Derby has no default escape character.)
 */
public final class Like {

    private static final char ESCAPE_CHAR = '!';

    /** The ESCAPE clause to put after each {@code LIKE :parameter}. */
    public static final String ESCAPE = " ESCAPE '" + ESCAPE_CHAR + "'";

    private Like() {
    }

    /** Whether a search text was given at all. */
    public static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    /** The pattern for "contains this text", lower-cased, with the wildcards in the text escaped. */
    public static String containing(String text) {
        String escape = String.valueOf(ESCAPE_CHAR);
        String literal = text.strip().toLowerCase(Locale.ROOT)
                .replace(escape, escape + escape).replace("%", escape + "%").replace("_", escape + "_");
        return "%" + literal + "%";
    }
}
