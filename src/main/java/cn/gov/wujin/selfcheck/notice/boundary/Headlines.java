package cn.gov.wujin.selfcheck.notice.boundary;

import cn.gov.wujin.selfcheck.notice.entity.ArticleKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The article boxes of the enterprise home page: the newest titles of each kind. They are the same
 * for every caller, so they are read once and kept for a short while
 * ({@code selfcheck.home.headlines-seconds}, default 60; 0 reads them on every view) instead of four
 * queries on every home view. {@link #evict()} drops them at once (for whoever publishes an article).
 */
@ApplicationScoped
public class Headlines {

    /** The boxes in the order the page shows them. */
    public static final List<ArticleKind> BOXES = List.of(ArticleKind.NEWS, ArticleKind.POLICY,
            ArticleKind.STANDARD, ArticleKind.FAQ);

    public static final int PER_BOX = 6;

    private record Snapshot(long loadedAtNanos, Map<ArticleKind, List<ArticleHeadline>> boxes) {
    }

    @Inject
    Notices notices;

    @Inject
    @ConfigProperty(name = "selfcheck.home.headlines-seconds", defaultValue = "60")
    long keepSeconds;

    private volatile Snapshot snapshot;

    /** The boxes, read again when older than the configured time (a monotonic clock, not the application's). */
    public Map<ArticleKind, List<ArticleHeadline>> boxes() {
        Snapshot current = snapshot;
        if (current == null || expired(current)) {
            synchronized (this) {
                current = snapshot;
                if (current == null || expired(current)) {
                    current = load();
                    snapshot = current;
                }
            }
        }
        return current.boxes();
    }

    public void evict() {
        snapshot = null;
    }

    private boolean expired(Snapshot current) {
        return System.nanoTime() - current.loadedAtNanos() >= TimeUnit.SECONDS.toNanos(keepSeconds);
    }

    private Snapshot load() {
        Map<ArticleKind, List<ArticleHeadline>> boxes = new EnumMap<>(ArticleKind.class);
        for (ArticleKind kind : BOXES) {
            boxes.put(kind, List.copyOf(notices.latest(kind, PER_BOX)));
        }
        return new Snapshot(System.nanoTime(), Collections.unmodifiableMap(boxes));
    }
}
