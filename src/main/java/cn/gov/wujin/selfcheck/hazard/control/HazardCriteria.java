package cn.gov.wujin.selfcheck.hazard.control;

import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The WHERE clause of a hazard list ({@code h} is the hazard): the caller's scope first, then each
 * condition whose value is given, with its parameters bound together with the scope's.
 */
public final class HazardCriteria {

    private final CallerScope caller;
    private final StringBuilder jpql;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private HazardCriteria(CallerScope caller) {
        this.caller = caller;
        this.jpql = new StringBuilder(caller.restrict("h.enterprise"));
    }

    public static HazardCriteria inScope(CallerScope caller) {
        return new HazardCriteria(caller);
    }

    /** Adds {@code AND condition}, a condition without parameters. */
    public HazardCriteria and(String condition) {
        jpql.append(" AND ").append(condition);
        return this;
    }

    /** Adds {@code AND condition} with its one parameter, unless the value is null (the filter is not set). */
    public HazardCriteria and(String condition, String parameter, Object value) {
        if (value != null) {
            and(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    public String where() {
        return jpql.toString();
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        caller.bind(query);
        parameters.forEach(query::setParameter);
        return query;
    }
}
