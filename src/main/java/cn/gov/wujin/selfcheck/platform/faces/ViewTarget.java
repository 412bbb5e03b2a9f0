package cn.gov.wujin.selfcheck.platform.faces;

import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import org.omnifaces.util.Faces;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way a page finds what it shows from an id in its address ({@code ?id=}): its view action
 * parses the id, looks it up with the component's boundary in the caller's scope and keeps the
 * result. A missing or malformed id, an unknown one and one outside the scope all answer the same
 * 403 (the boundary's {@link AccessDeniedException}) before anything is rendered.
 * <pre>
 * &lt;f:metadata&gt;&lt;f:viewAction action="#{recordView.load}"/&gt;&lt;/f:metadata&gt;
 *
 * public void load() {
 *     detail = ViewTarget.find("id", id -&gt; inspections.detail(currentUser.scope(), id));
 * }
 * </pre>
 * A view action runs on the first request of a view only, so {@code @ViewScoped} beans keep what
 * they found for their postbacks.
 */
public final class ViewTarget {

    private ViewTarget() {
    }

    /**
     * What the id in request parameter {@code name} designates, as {@code lookup} finds it; null
     * after answering 403 for a missing or malformed id or a lookup that refuses it.
     */
    public static <T> T find(String name, Function<Long, T> lookup) {
        return findOrRefuse(() -> lookup.apply(id(name)));
    }

    /**
     * Runs a lookup that reads its ids with {@link #id} or {@link #optionalId}; null after answering
     * 403 when it is refused. Other business exceptions reach the caller.
     */
    public static <T> T findOrRefuse(Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (AccessDeniedException e) {
            refuse();
            return null;
        }
    }

    /** The id in request parameter {@code name}; a missing, blank or malformed one is refused like an unknown id. */
    public static Long id(String name) {
        Long id = optionalId(name);
        if (id == null) {
            throw new AccessDeniedException();
        }
        return id;
    }

    /** The id in request parameter {@code name}, null when the parameter is missing or blank; a malformed one is refused. */
    public static Long optionalId(String name) {
        String value = Faces.getRequestParameter(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new AccessDeniedException();
        }
    }

    /** The constant named by request parameter {@code name}; null when missing, blank or not one of them. */
    public static <E extends Enum<E>> E optionalEnum(String name, Class<E> type) {
        String value = Faces.getRequestParameter(name);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }

    /** Answers 403 with the error page and ends the request's life cycle. */
    public static void refuse() {
        Faces.responseSendError(403, "");
    }
}
