package cn.gov.wujin.selfcheck.bench;

import cn.gov.wujin.selfcheck.testing.AjaxHandlers;
import cn.gov.wujin.selfcheck.testing.JsfClient;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark (not a test): N benchmark enterprises (工贸) log in, then all at once open 新建自查, walk the
 * tree 二级分类 by 二级分类 answering 无此隐患 on every item (one AJAX postback each, as the page's button
 * sends it after its client-side 确定), save with an inspector's name, load 当前月自查记录 (where the
 * saved record must show every item answered) and delete the draft again (unless {@code -Dbench.keep=true}).
 * Prints count, median, p95, max and errors per step, the wall time, and the server's heap as its
 * MicroProfile Metrics endpoint reports it; given the server's process id ({@code -Dbench.server.pid},
 * same machine) also the heap after a forced GC and the CPU time the server used. Logs the users out
 * at the end, so that a second run starts without the first one's sessions.
 * <p>
 * The clients speak HTTP/1.1 as browsers do on http:// ({@code -Dbench.http=2} for the JDK's h2c upgrade).
 * <p>
 * Every response is checked (partial response without error, redirect or error message; the progress
 * count the server renders; the record in the list): a failed check counts as an error of its step,
 * is left out of the latencies and ends that user's round.
 * <p>
 * Needs a running server with the benchmark logins and the test captcha (see README, "Benchmarks").
 */
public final class InspectionBenchmark {

    private static final String FORM_PAGE = "/enterprise/inspection.xhtml";
    private static final String LIST_PAGE = "/enterprise/inspections.xhtml";

    private static final Pattern UPDATE = Pattern.compile(
            "<update id=\"([^\"]+)\"><!\\[CDATA\\[(.*?)]]></update>", Pattern.DOTALL);
    private static final Pattern PROGRESS = Pattern.compile(
            "id=\"inspection:progressText\">[^<]*?(\\d+) / (\\d+)");
    private static final Pattern TREE_GROUP = Pattern.compile(
            "<a id=\"([^\"]+)\"[^>]*class=\"([^\"]*\\btree-group\\b[^\"]*)\"[^>]*>\\s*(.*?)\\s*<span class=\"tree-count\">(\\d+)/(\\d+)</span>",
            Pattern.DOTALL);
    private static final Pattern GROUP_TITLE = Pattern.compile("<h2 class=\"group-title\">(.*?)</h2>", Pattern.DOTALL);
    private static final Pattern ITEM_CARD = Pattern.compile("<div id=\"[^\"]+\" class=\"item-card result-(\\w*)\" data-item=\"(\\d+)\">");
    private static final Pattern NONE_BUTTON = Pattern.compile(
            "<button id=\"([^\"]+)\"[^>]*class=\"[^\"]*\\banswer-none\\b");
    private static final Pattern DRAFT_ROW = Pattern.compile("<tr[^>]*data-ri=\"\\d+\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern ERROR_MESSAGE = Pattern.compile("ui-messages?-error|ui-messages?-fatal");

    private final String baseUrl;
    private final String password;
    private final String captcha;
    private final boolean keep;
    private final HttpClient.Version httpVersion;
    private final String runTag = LocalTime.now().format(DateTimeFormatter.ofPattern("HHmmss"));

    private final Map<String, Step> steps = new LinkedHashMap<>();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger completed = new AtomicInteger();

    private InspectionBenchmark(String baseUrl, String password, String captcha, boolean keep, HttpClient.Version httpVersion) {
        this.baseUrl = baseUrl;
        this.httpVersion = httpVersion;
        this.password = password;
        this.captcha = captcha;
        this.keep = keep;
        for (String name : List.of("open", "navigate", "answer", "save", "list", "delete")) {
            steps.put(name, new Step(name));
        }
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = System.getProperty("bench.url", "http://127.0.0.1:8080");
        int users = Integer.getInteger("bench.users", 50);
        InspectionBenchmark bench = new InspectionBenchmark(baseUrl,
                System.getProperty("bench.password", "Bench2026pw"),
                System.getProperty("bench.captcha", "BENCH"),
                Boolean.getBoolean("bench.keep"),
                "2".equals(System.getProperty("bench.http")) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1);
        String serverPid = System.getProperty("bench.server.pid", "");

        System.out.printf("新建自查 benchmark against %s: %d users, no think time, %s, drafts %s afterwards%n",
                baseUrl, users, bench.httpVersion, bench.keep ? "kept" : "deleted");
        ExecutorService pool = Executors.newFixedThreadPool(users);
        try {
            List<JsfClient> clients = BenchLogins.logIn(pool, users,
                    () -> new JsfClient(bench.baseUrl, bench.httpVersion), bench.password, bench.captcha);
            Heap before = Heap.read(baseUrl, serverPid);
            double serverCpuBefore = serverCpuSeconds(serverPid);
            double ownCpuBefore = ownCpuSeconds();
            long wall = bench.runAll(pool, clients);
            double serverCpu = serverCpuSeconds(serverPid) - serverCpuBefore;
            double ownCpu = ownCpuSeconds() - ownCpuBefore;
            Heap after = Heap.read(baseUrl, serverPid);
            bench.printSteps(users, wall);
            int cores = Runtime.getRuntime().availableProcessors();
            System.out.println("server heap before (logged in): " + before);
            System.out.println("server heap after:              " + after);
            System.out.printf(Locale.ROOT, "server GC time during the run: %.1f s; load average of the machine: %.1f before, %.1f after%n",
                    after.gcSecondsAtRead() - before.gcSecondsAfterForcedGc(), before.loadAverage(), after.loadAverage());
            System.out.printf(Locale.ROOT, "CPU time during the run: server %.1f s, load generator %.1f s, of the %.1f s that %d cores had%n",
                    serverCpu, ownCpu, wall / 1e9 * cores, cores);
            int loggedOut = logOut(pool, clients);
            System.out.println("server heap after " + loggedOut + " logouts:    " + Heap.read(baseUrl, serverPid));
            bench.printVerdict(users);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The server's CPU time so far from /proc (with -Dbench.server.pid, on Linux), else NaN. */
    private static double serverCpuSeconds(String pid) {
        if (pid.isBlank()) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime: fields 14 and 15 of the line (11 and 12 counted from the state after the name), in 1/100 s
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double ownCpuSeconds() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
    }

    /** Ends the sessions (退出系统), so that the next run starts without them; returns how many ended. */
    private static int logOut(ExecutorService pool, List<JsfClient> clients) throws Exception {
        List<Future<Boolean>> futures = new ArrayList<>();
        for (JsfClient client : clients) {
            futures.add(pool.submit(() -> client.post("/logout").statusCode() == 302));
        }
        int ended = 0;
        for (Future<Boolean> future : futures) {
            ended += future.get() ? 1 : 0;
        }
        return ended;
    }

    /** Releases every user at once; returns the wall time in nanoseconds until the last one is done. */
    private long runAll(ExecutorService pool, List<JsfClient> clients) throws Exception {
        CountDownLatch ready = new CountDownLatch(clients.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            JsfClient client = clients.get(i);
            String inspector = String.format("基准检查员%s-%03d", runTag, i + 1);
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                try {
                    round(client, inspector);
                    completed.incrementAndGet();
                } catch (Abort e) {
                    // counted as an error of its step already
                } catch (RuntimeException e) {
                    failures.add(inspector + ": " + e);
                }
                return null;
            }));
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        return System.nanoTime() - start;
    }

    /** One user's round: open, answer everything, save, find the record, delete it. */
    private void round(JsfClient client, String inspector) {
        Step open = steps.get("open");
        HttpResponse<String> page = open.time(() -> client.get(FORM_PAGE));
        String html = page.body();
        Matcher progress = PROGRESS.matcher(html);
        open.check(page.statusCode() == 200 && html.contains("<form id=\"inspection\"") && progress.find()
                && progress.group(1).equals("0"), inspector, "form not shown or not empty: HTTP " + page.statusCode());
        int total = Integer.parseInt(progress.group(2));
        List<TreeGroup> groups = treeGroups(html);
        open.check(total > 0 && groups.stream().mapToInt(TreeGroup::total).sum() == total, inspector,
                "tree does not hold the " + total + " items of the standard");
        open.done();

        Form form = new Form(client, FORM_PAGE, JsfClient.viewState(html), JsfClient.formValues(html, "inspection")).learn(html);
        int answered = 0;
        // The tree as the user sees it: a click redraws only the links it changed.
        Map<String, TreeGroup> tree = new LinkedHashMap<>();
        groups.forEach(g -> tree.put(g.linkId(), g));
        for (TreeGroup group : groups) {
            Step navigate = steps.get("navigate");
            Map<String, String> select = form.click(html, group.linkId());
            PartialResponse selected = form.read(navigate.time(() -> form.post(select)));
            String items = selected.update("inspection:items");
            List<Item> cards = items == null ? List.of() : items(items);
            Matcher title = GROUP_TITLE.matcher(items == null ? "" : items);
            navigate.check(selected.ok() && title.find() && title.group(1).strip().equals(group.name())
                    && !title.find() && cards.size() == group.total(), inspector,
                    "二级分类 " + group.name() + " not shown alone with its " + group.total() + " items");
            navigate.done();
            selected.redrawn(tree);

            for (Item item : cards) {
                Step answer = steps.get("answer");
                Map<String, String> none = form.click(items, item.noneButtonId());
                PartialResponse response = form.read(answer.time(() -> form.post(none)));
                int expected = ++answered;
                Matcher count = PROGRESS.matcher(response.update("inspection:progress") == null
                        ? "" : response.update("inspection:progress"));
                String card = "class=\"item-card result-NONE\" data-item=\"" + item.id() + "\">";
                int treeAnswered = response.redrawn(tree).stream().filter(t -> t.linkId().equals(group.linkId()))
                        .mapToInt(TreeGroup::answered).findFirst().orElse(-1);
                answer.check(response.ok() && count.find() && Integer.parseInt(count.group(1)) == expected
                                && response.updates().stream().anyMatch(u -> u.contains(card))
                                && treeAnswered == cards.indexOf(item) + 1,
                        inspector, "item " + item.id() + " not answered (expected " + expected + " answered)");
                answer.done();
            }
        }
        steps.get("answer").check(answered == total && tree.values().stream().allMatch(t -> t.answered() == t.total()),
                inspector, "answered " + answered + " of " + total);

        Step save = steps.get("save");
        form.set("inspection:inspector", inspector);
        Map<String, String> saveClick = form.click(html, "inspection:save");
        PartialResponse saved = form.read(save.time(() -> form.post(saveClick)));
        save.check(saved.error() == null && saved.redirect() != null && saved.redirect().endsWith(LIST_PAGE), inspector,
                "save did not lead to the list: " + saved.summary());
        save.done();

        Step list = steps.get("list");
        HttpResponse<String> listPage = list.time(() -> client.get(LIST_PAGE));
        String row = draftRow(listPage.body(), inspector);
        list.check(listPage.statusCode() == 200 && row != null
                        && row.contains("draft-counts\">" + total + " / 0 / 0<"), inspector,
                "the saved record is not in 当前月自查记录 with " + total + " / 0 / 0");
        list.done();

        if (!keep) {
            Step delete = steps.get("delete");
            String deleteId = linkWithClass(row, "draft-delete");
            Form drafts = new Form(client, LIST_PAGE, JsfClient.viewState(listPage.body()), JsfClient.formValues(listPage.body(), "drafts")).learn(listPage.body());
            Map<String, String> deleteClick = drafts.click(listPage.body(), deleteId);
            PartialResponse deleted = drafts.read(delete.time(() -> drafts.post(deleteClick)));
            String table = deleted.update("drafts");
            delete.check(deleted.ok() && table != null && !table.contains(inspector), inspector, "the draft was not deleted");
            delete.done();
        }
    }

    private void printSteps(int users, long wallNanos) {
        System.out.println();
        System.out.printf("%-9s %7s %10s %10s %10s %7s%n", "step", "count", "median", "p95", "max", "errors");
        for (Step step : steps.values()) {
            if (!(step.name.equals("delete") && keep)) {
                step.print();
            }
        }
        System.out.printf(Locale.ROOT, "completed rounds: %d of %d; total wall time %.1f s%n",
                completed.get(), users, wallNanos / 1e9);
        failures.stream().limit(10).forEach(f -> System.out.println("  failure: " + f));
        if (failures.size() > 10) {
            System.out.printf("  ... %d failures in all%n", failures.size());
        }
    }

    private void printVerdict(int users) {
        long errors = steps.values().stream().mapToLong(s -> s.errors.get()).sum();
        if (errors > 0 || completed.get() < users) {
            System.out.println("*** ERRORS: the figures above do not describe a clean run ***");
        }
    }

    // ---- page reading ----

    private static List<TreeGroup> treeGroups(String html) {
        List<TreeGroup> groups = new ArrayList<>();
        if (html == null) {
            return groups;
        }
        Matcher m = TREE_GROUP.matcher(html);
        while (m.find()) {
            groups.add(new TreeGroup(m.group(1), m.group(3).strip(), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
        }
        return groups;
    }

    private static List<Item> items(String itemsHtml) {
        List<Item> items = new ArrayList<>();
        Matcher card = ITEM_CARD.matcher(itemsHtml);
        boolean found = card.find();
        while (found) {
            long id = Long.parseLong(card.group(2));
            int start = card.end();
            found = card.find();
            Matcher button = NONE_BUTTON.matcher(itemsHtml.substring(start, found ? card.start() : itemsHtml.length()));
            if (button.find()) {
                items.add(new Item(id, button.group(1)));
            }
        }
        return items;
    }

    /** The row of 当前月自查记录 whose inspector is the given one, or null. */
    private static String draftRow(String html, String inspector) {
        int start = html.indexOf("<form id=\"drafts\"");
        if (start < 0) {
            return null;
        }
        Matcher row = DRAFT_ROW.matcher(html.substring(start, html.indexOf("</form>", start)));
        while (row.find()) {
            if (row.group(1).contains("draft-inspector\">" + inspector + "<")) {
                return row.group(1);
            }
        }
        return null;
    }

    /** The id of the link with this CSS class in a fragment. */
    private static String linkWithClass(String fragment, String cssClass) {
        Matcher m = Pattern.compile("<a id=\"([^\"]+)\"[^>]*class=\"[^\"]*\\b" + Pattern.quote(cssClass) + "\\b").matcher(fragment);
        if (!m.find()) {
            throw new IllegalStateException("no " + cssClass + " in the row");
        }
        return m.group(1);
    }

    private static String unescape(String value) {
        return value.replace("&quot;", "\"").replace("&#58;", ":").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    // ---- types ----

    private record TreeGroup(String linkId, String name, int answered, int total) {
    }

    private record Item(long id, String noneButtonId) {
    }

    /** A JSF form of one view: its field values and view state, posted as PrimeFaces posts an AJAX click. */
    private static final class Form {
        private final JsfClient client;
        private final String path;
        private final Map<String, String> values;
        private String viewState;
        private final AjaxHandlers handlers = new AjaxHandlers();

        Form(JsfClient client, String path, String viewState, Map<String, String> values) {
            this.client = client;
            this.path = path;
            this.viewState = viewState;
            this.values = new LinkedHashMap<>(values);
        }

        /** The page or partial response this view shows: where its components' AJAX calls are read. */
        Form learn(String text) {
            handlers.learn(text);
            return this;
        }

        void set(String name, String value) {
            values.put(name, value);
        }

        /**
         * The request a click on the command component with this id sends (its AJAX options read from the
         * HTML it was rendered in), with the form's fields; the view state is added when it is posted.
         */
        Map<String, String> click(String html, String componentId) {
            return handlers.click(html, componentId, values);
        }

        HttpResponse<String> post(Map<String, String> click) {
            return client.postAjax(path, viewState, click);
        }

        /** Reads the answer to a click and keeps the view state it carries. */
        PartialResponse read(HttpResponse<String> response) {
            PartialResponse partial = new PartialResponse(response);
            handlers.learn(response.body());
            String newState = partial.viewState();
            if (newState != null) {
                viewState = newState;
            }
            return partial;
        }
    }

    private static final class PartialResponse {
        private final int status;
        private final String body;
        private final Map<String, String> updates = new LinkedHashMap<>();

        PartialResponse(HttpResponse<String> response) {
            this.status = response.statusCode();
            this.body = response.body();
            Matcher m = UPDATE.matcher(body);
            while (m.find()) {
                updates.put(m.group(1), m.group(2));
            }
        }

        String update(String id) {
            return updates.get(id);
        }

        Collection<String> updates() {
            return updates.values();
        }

        /** The tree links this response redrew, put into the given tree by link id. */
        List<TreeGroup> redrawn(Map<String, TreeGroup> tree) {
            List<TreeGroup> redrawn = updates.values().stream().flatMap(u -> treeGroups(u).stream()).toList();
            redrawn.forEach(t -> tree.put(t.linkId(), t));
            return redrawn;
        }

        String viewState() {
            return updates.entrySet().stream().filter(e -> e.getKey().contains("jakarta.faces.ViewState"))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }

        String error() {
            int at = body.indexOf("<error>");
            return at < 0 ? null : body.substring(at, Math.min(body.length(), at + 300));
        }

        String redirect() {
            Matcher m = Pattern.compile("<redirect url=\"([^\"]*)\"").matcher(body);
            return m.find() ? unescape(m.group(1)) : null;
        }

        /** HTTP 200, a partial response, no error, no redirect (e.g. to the login page), no error message. */
        boolean ok() {
            return status == 200 && body.contains("<partial-response") && error() == null && redirect() == null
                    && updates.values().stream().noneMatch(u -> ERROR_MESSAGE.matcher(u).find());
        }

        String summary() {
            return "HTTP " + status + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }

    /** A user's round stops at its first failed check. */
    private static final class Abort extends RuntimeException {
        Abort() {
            super(null, null, false, false);
        }
    }

    private final class Step {
        private final String name;
        private final Queue<Long> nanos = new ConcurrentLinkedQueue<>();
        private final AtomicLong errors = new AtomicLong();
        private final ThreadLocal<Long> pending = new ThreadLocal<>();

        Step(String name) {
            this.name = name;
        }

        /** Times one request; the sample counts only once {@link #done()} confirms it. */
        <T> T time(Supplier<T> request) {
            long start = System.nanoTime();
            try {
                T result = request.get();
                pending.set(System.nanoTime() - start);
                return result;
            } catch (RuntimeException e) {
                errors.incrementAndGet();
                failures.add(name + ": " + e);
                throw new Abort();
            }
        }

        void check(boolean condition, String user, String message) {
            if (!condition) {
                pending.remove();
                errors.incrementAndGet();
                failures.add(name + " (" + user + "): " + message);
                throw new Abort();
            }
        }

        void done() {
            Long took = pending.get();
            if (took != null) {
                nanos.add(took);
                pending.remove();
            }
        }

        void print() {
            List<Long> sorted = new ArrayList<>(nanos);
            sorted.sort(null);
            System.out.printf(Locale.ROOT, "%-9s %7d %7.1f ms %7.1f ms %7.1f ms %7d%n", name, sorted.size(),
                    percentile(sorted, 0.5), percentile(sorted, 0.95),
                    sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1) / 1e6, errors.get());
        }

        private double percentile(List<Long> sorted, double p) {
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            int index = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
            return sorted.get(Math.max(0, index)) / 1e6;
        }
    }

    /**
     * The server's state from its MicroProfile Metrics endpoint ({@code /metrics?scope=base}, which Payara
     * Micro serves by default): used heap as it is (no forced GC) and, with {@code -Dbench.server.pid=<pid>}
     * (same machine and user), again after a full GC run with {@code jcmd <pid> GC.run}, which is what the
     * sessions and views really hold; also the machine's load average and the server's GC time so far.
     */
    private record Heap(String text, double loadAverage, double gcSecondsAtRead, double gcSecondsAfterForcedGc) {

        static Heap read(String baseUrl, String serverPid) {
            JsfClient client = new JsfClient(baseUrl, HttpClient.Version.HTTP_1_1);
            HttpResponse<String> metrics = client.get("/metrics?scope=base");
            if (metrics.statusCode() != 200) {
                return new Heap("not available (HTTP " + metrics.statusCode() + " from /metrics?scope=base)",
                        Double.NaN, Double.NaN, Double.NaN);
            }
            String body = metrics.body();
            double load = metric(body, "cpu_systemLoadAverage");
            double gcSeconds = metricSum(body, "gc_time_seconds_total");
            String text = "used " + mib(metric(body, "memory_usedHeap_bytes")) + " (no forced GC)";
            if (!serverPid.isBlank()) {
                String gc = forceGc(serverPid);
                body = client.get("/metrics?scope=base").body();
                text += gc == null ? ", used " + mib(metric(body, "memory_usedHeap_bytes")) + " after jcmd GC.run" : ", " + gc;
            }
            return new Heap(text + ", committed " + mib(metric(body, "memory_committedHeap_bytes"))
                    + ", max " + mib(metric(body, "memory_maxHeap_bytes")), load, gcSeconds, metricSum(body, "gc_time_seconds_total"));
        }

        private static String mib(double bytes) {
            return String.format(Locale.ROOT, "%.0f MiB", bytes / (1 << 20));
        }

        /** Runs a full GC in the server process; null when it ran, otherwise what went wrong. */
        private static String forceGc(String pid) {
            try {
                Process jcmd = new ProcessBuilder("jcmd", pid, "GC.run").redirectErrorStream(true).start();
                String out = new String(jcmd.getInputStream().readAllBytes());
                if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0 || out.contains("Exception")) {
                    return "forced GC FAILED: " + out.strip();
                }
                return null;
            } catch (IOException e) {
                return "forced GC FAILED: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "forced GC interrupted";
            }
        }

        /** A metric in either naming: MP Metrics 5 ({@code name{mp_scope="base"}}) or older ({@code base_name}). */
        private static double metric(String body, String name) {
            Matcher m = metricPattern(name).matcher(body);
            return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
        }

        /** The sum over all tags of a metric (e.g. the GC time of every collector). */
        private static double metricSum(String body, String name) {
            Matcher m = metricPattern(name).matcher(body);
            double sum = Double.NaN;
            while (m.find()) {
                sum = (Double.isNaN(sum) ? 0 : sum) + Double.parseDouble(m.group(1));
            }
            return sum;
        }

        private static Pattern metricPattern(String name) {
            return Pattern.compile("(?m)^(?:base_)?" + Pattern.quote(name) + "(?:\\{[^}]*})?\\s+(\\S+)");
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
