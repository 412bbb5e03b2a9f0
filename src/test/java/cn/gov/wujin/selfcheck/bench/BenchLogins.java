package cn.gov.wujin.selfcheck.bench;

import cn.gov.wujin.selfcheck.testing.JsfClient;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** Logs the benchmark enterprises 基准测试企业001… in at once (see README, "Benchmarks"). */
final class BenchLogins {

    private BenchLogins() {
    }

    static List<JsfClient> logIn(ExecutorService pool, int users, Supplier<JsfClient> newClient, String password,
                                 String captcha) throws Exception {
        List<Future<JsfClient>> futures = new ArrayList<>();
        for (int i = 1; i <= users; i++) {
            String name = String.format("基准测试企业%03d", i);
            futures.add(pool.submit(() -> {
                JsfClient client = newClient.get();
                HttpResponse<String> response = client.login(name, password, captcha);
                if (response.statusCode() != 302) {
                    throw new IllegalStateException("login of " + name + " failed: HTTP " + response.statusCode()
                            + " (start the server with the benchmark logins, see README)");
                }
                return client;
            }));
        }
        List<JsfClient> clients = new ArrayList<>();
        for (Future<JsfClient> future : futures) {
            clients.add(future.get());
        }
        System.out.printf("%d users logged in%n", clients.size());
        return clients;
    }
}
