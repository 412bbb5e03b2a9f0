package cn.gov.wujin.selfcheck.notice.web;

import cn.gov.wujin.selfcheck.notice.boundary.MailSender;
import cn.gov.wujin.selfcheck.notice.boundary.Mails;
import cn.gov.wujin.selfcheck.notice.boundary.NoticeTestData;
import cn.gov.wujin.selfcheck.platform.testsupport.LocalTestSupport;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * TESTS ONLY: {@code POST /test-support/mail?enqueue=<address>&subject=<s>&body=<escaped html>} queues a
 * message as a business transaction does (204); {@code ?send=true} runs one sender's batch now, as a second
 * server's timer would, and answers how many went out; {@code ?list=true} answers the outbox, one
 * "status attempts recipient subject" per line. 404 unless test support is enabled and the request is local.
 */
@WebServlet("/test-support/mail")
public class MailTestSupport extends LocalTestSupport {

    @Inject
    Mails mails;

    @Inject
    MailSender sender;

    @Inject
    NoticeTestData data;

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        response.setContentType("text/plain;charset=UTF-8");
        if (request.getParameter("enqueue") != null) {
            mails.enqueue(List.of(request.getParameter("enqueue")), String.valueOf(request.getParameter("subject")),
                    String.valueOf(request.getParameter("body")), "/enterprise/reminders.xhtml");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else if ("true".equals(request.getParameter("send"))) {
            response.getOutputStream().write(String.valueOf(sender.sendDue()).getBytes(StandardCharsets.UTF_8));
        } else if ("true".equals(request.getParameter("list"))) {
            response.getOutputStream().write(String.join("\n", data.mails()).getBytes(StandardCharsets.UTF_8));
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
