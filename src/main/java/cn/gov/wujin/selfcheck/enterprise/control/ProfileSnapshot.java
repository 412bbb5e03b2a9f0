package cn.gov.wujin.selfcheck.enterprise.control;

import cn.gov.wujin.selfcheck.enterprise.entity.ProfileData;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The profile as field → display value, to compare before and after a save. The change history
 * keeps the display values (是/否, names of towns and levels), so it reads the same years later.
 */
public final class ProfileSnapshot {

    /** One changed field. */
    public record Change(String field, String oldValue, String newValue) {
    }

    private final Map<String, String> values = new LinkedHashMap<>();

    /**
     * @param fixed    the fixed fields and the standardization level, already as display values
     * @param data     the variable fields
     * @param labelOf  display text of a Boolean or an enum constant
     */
    public static ProfileSnapshot of(Map<String, String> fixed, ProfileData data, Function<Object, String> labelOf) {
        ProfileSnapshot snapshot = new ProfileSnapshot();
        snapshot.values.putAll(fixed);
        for (Field field : ProfileData.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            try {
                snapshot.values.put(field.getName(), format(field.get(data), labelOf));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return snapshot;
    }

    static String format(Object value, Function<Object, String> labelOf) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean || value instanceof Enum<?>) {
            return labelOf.apply(value);
        }
        return value.toString().strip();
    }

    /** Field → display value (null when empty). */
    public Map<String, String> values() {
        return java.util.Collections.unmodifiableMap(values);
    }

    /** The fields whose display value differs, in form order. */
    public List<Change> changesTo(ProfileSnapshot after) {
        List<Change> changes = new ArrayList<>();
        after.values.forEach((field, newValue) -> {
            String oldValue = values.get(field);
            if (!Objects.equals(oldValue, newValue)) {
                changes.add(new Change(field, oldValue, newValue));
            }
        });
        return changes;
    }
}
