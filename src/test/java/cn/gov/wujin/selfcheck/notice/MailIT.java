package cn.gov.wujin.selfcheck.notice;

import cn.gov.wujin.selfcheck.testing.Boundary;
import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mail through the outbox, received by a real SMTP server (GreenMail) that the test starts and stops: a
 * notice and a reminder reach the enterprise's 安全负责人 in Chinese with a plain-text part and a link back;
 * while the SMTP server is down mail waits and afterwards arrives exactly once, also with two senders at
 * once; retries stop after the configured number and ADMIN sends a failed message again.
 */
class MailIT {

    private static final String ENTERPRISE = Demo.HUTANG_HARDWARE;
    private static final String BASE = "http://anquan.example";

    private static int smtpPort;
    private static GreenMail smtp;
    private static PayaraServer.Instance server;
    private static JsfClient support;
    private static Boundary boundary;

    @BeforeAll
    static void start() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        startSmtp();
        server = PayaraServer.launch("mail", List.of("selfcheck.mail.host=127.0.0.1", "selfcheck.mail.port=" + smtpPort,
                "selfcheck.mail.send-interval-seconds=1", "selfcheck.mail.retry-base-seconds=1", "selfcheck.mail.max-attempts=4",
                "selfcheck.base-url=" + BASE));
        support = new JsfClient(server.baseUrl());
        boundary = new Boundary(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    /** What GreenMail received for one address. */
    private static List<MimeMessage> receivedBy(String address) {
        List<MimeMessage> messages = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                    messages.add(message);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return messages;
    }

    /** The outbox's lines for one address: "status attempts recipient subject". */
    private static List<String> outbox(String address) {
        HttpResponse<String> response = support.post("/test-support/mail?list=true");
        assertEquals(200, response.statusCode());
        return response.body().lines().filter(line -> line.contains(" " + address + " ")).toList();
    }

    private static void enqueue(String address, String subject) {
        assertEquals(204, support.post("/test-support/mail", Map.of("enqueue", address, "subject", subject,
                "body", "<p>" + subject + "：请登录系统查看。</p>")).statusCode());
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within 90 s: " + what);
            }
            try {
                Thread.sleep(200); // polling a condition, not waiting for a fixed time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String part(MimeMessage message, String type) throws Exception {
        MimeMultipart alternative = (MimeMultipart) message.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            BodyPart part = alternative.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    @Test
    void aNoticeAndAReminderReachTheSafetyHeadInChineseWithALinkBack() throws Exception {
        String head = "anquan-head@hardware.example";
        boundary.ok(ENTERPRISE, "staff.add", "enterprise", ENTERPRISE, "name", "邮件测试负责人", "head", true, "email", head);
        String title = "关于开展冬季安全生产大检查的通知";
        String notice = boundary.ok(Demo.TOWN_HUTANG, "notice.save", "audience", "PICKED", "picked", ENTERPRISE, "sendMail", true,
                "title", title, "body", "<p>各单位：请于<b>12月25日</b>前完成自查。</p><script>alert(1)</script>");
        await("the notice's mail", () -> receivedBy(head).size() >= 1);
        MimeMessage mail = receivedBy(head).get(0);
        assertEquals(title, mail.getSubject(), "the Chinese subject, decoded");
        assertTrue(mail.getHeader("Subject")[0].startsWith("=?UTF-8?"), "the subject header is encoded: " + mail.getHeader("Subject")[0]);
        String text = part(mail, "text/plain");
        assertTrue(text.contains("各单位：请于12月25日前完成自查。"), text);
        assertTrue(text.contains(BASE + "/enterprise/notice.xhtml?id=" + notice), text);
        String html = part(mail, "text/html");
        assertTrue(html.contains("<b>12月25日</b>") || html.contains("<b>12&#26376;25&#26085;</b>"), html);
        assertFalse(html.contains("<script"), "the notice's body as sanitised");

        boundary.ok(Demo.TOWN_HUTANG, "officer.report", "enterprise", ENTERPRISE);
        await("the reminder's mail", () -> receivedBy(head).size() >= 2);
        MimeMessage reminder = receivedBy(head).get(1);
        assertEquals("监管部门代报隐患：边界测试代报部位", reminder.getSubject());
        assertTrue(part(reminder, "text/plain").contains(BASE + "/enterprise/hazard.xhtml?id="), GreenMailUtil.getBody(reminder));
    }

    @Test
    void anSmtpOutageLosesNothingAndEachMessageArrivesOnceEvenWithTwoSenders() {
        String address = "outage@wujin.example";
        smtp.stop();
        try {
            for (int i = 1; i <= 3; i++) {
                enqueue(address, "停电期间的邮件 " + i);
            }
            await("a failed try of each", () -> outbox(address).stream().filter(l -> l.startsWith("PENDING ") && !l.startsWith("PENDING 0 ")).count() == 3);
        } finally {
            startSmtp();
        }
        for (int i = 4; i <= 12; i++) {
            enqueue(address, "恢复之后的邮件 " + i);
        }
        // Two more senders at once, besides the timer: as three servers of a group would.
        CompletableFuture<?> one = CompletableFuture.runAsync(() -> support.post("/test-support/mail?send=true"));
        CompletableFuture<?> two = CompletableFuture.runAsync(() -> support.post("/test-support/mail?send=true"));
        one.join();
        two.join();
        await("every message sent", () -> outbox(address).size() == 12 && outbox(address).stream().allMatch(l -> l.startsWith("SENT ")));
        List<String> subjects = receivedBy(address).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).sorted().toList();
        assertEquals(12, subjects.size(), "each message exactly once: " + subjects);
        assertEquals(12, subjects.stream().distinct().count(), subjects.toString());
    }

    @Test
    void retriesStopAfterTheConfiguredNumberAndTheAdministratorSendsAgain() {
        String address = "gave-up@wujin.example";
        String id;
        smtp.stop();
        try {
            enqueue(address, "无法送达的邮件");
            await("given up after 4 tries", () -> outbox(address).equals(List.of("FAILED 4 " + address + " 无法送达的邮件")));
            JsfClient admin = new JsfClient(server.baseUrl());
            admin.login(Demo.ADMIN, Demo.OFFICER_PASSWORD, PayaraServer.CAPTCHA);
            String page = admin.get("/admin/mail.xhtml").body();
            assertTrue(page.contains(address), "ADMIN sees the failed message");
            id = boundary.ok(Demo.ADMIN, "mail.failedId", "recipient", address);
            assertEquals(Boundary.DENIED, boundary.call(Demo.TOWN_HUTANG, "mail.resend", "id", id), "only ADMIN sends again");
        } finally {
            startSmtp();
        }
        assertTrue(receivedBy(address).isEmpty());
        boundary.ok(Demo.ADMIN, "mail.resend", "id", id);
        await("sent after 重新发送", () -> receivedBy(address).size() == 1);
        await("recorded as sent", () -> outbox(address).get(0).startsWith("SENT "));
        assertTrue(boundary.call(Demo.ADMIN, "mail.resend", "id", id).startsWith("REFUSED mail.resend.notFailed"),
                "a sent message is not sent again");
    }
}
