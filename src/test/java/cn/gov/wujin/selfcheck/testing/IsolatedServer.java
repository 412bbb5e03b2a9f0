package cn.gov.wujin.selfcheck.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;

/**
 * A second test server of its own (fresh database, the demo data) shared by the tests that log in
 * as demo enterprises no test on {@link PayaraServer} may touch: every demo enterprise there
 * belongs to one test, which expects the initial password and its own data. Started once per run.
 */
public final class IsolatedServer implements BeforeAllCallback {

    private static volatile PayaraServer.Instance instance;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(IsolatedServer.class, key -> start(), Closing.class);
    }

    public static String baseUrl() {
        String running = System.getProperty("it.isolated.url");
        if (running != null && !running.isBlank()) {
            return running;
        }
        if (instance == null) {
            throw new IllegalStateException("Not started: annotate the test with @ExtendWith(IsolatedServer.class)");
        }
        return instance.baseUrl();
    }

    /**
     * Starts the server, unless {@code -Dit.isolated.url=http://127.0.0.1:port} names one already running
     * with test support (while writing a test: one server start instead of one per run).
     */
    private static synchronized Closing start() {
        String running = System.getProperty("it.isolated.url");
        if (instance == null && (running == null || running.isBlank())) {
            instance = PayaraServer.launch("isolated", List.of());
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
        }
        return new Closing();
    }

    private static final class Closing implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            if (instance != null) {
                instance.close();
            }
        }
    }
}
