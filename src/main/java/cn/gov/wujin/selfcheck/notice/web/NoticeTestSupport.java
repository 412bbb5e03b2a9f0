package cn.gov.wujin.selfcheck.notice.web;

import cn.gov.wujin.selfcheck.notice.boundary.Headlines;
import cn.gov.wujin.selfcheck.notice.boundary.NoticeTestData;
import cn.gov.wujin.selfcheck.notice.entity.ArticleKind;
import cn.gov.wujin.selfcheck.platform.testsupport.LocalTestSupport;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * TESTS ONLY: {@code POST /test-support/notices?enterprise=<name>&notices=2&reminders=3&articleKind=NEWS&articleTitle=<title>}
 * gives the enterprise that many unread notices and reminders and publishes the article (both
 * article parameters are optional); answers 204, 404 for an unknown enterprise, 400 for a bad
 * number or kind. {@code ?enterprise=<name>&listReminders=true} answers the enterprise's reminders instead, one
 * "kind cause-key" per line; {@code ?publishDue=true} publishes the scheduled notices whose time has come, as the
 * timer does, and answers how many. 404 unless test support is enabled and the request is local (see {@link LocalTestSupport}).
 */
@WebServlet("/test-support/notices")
public class NoticeTestSupport extends LocalTestSupport {

    @Inject
    NoticeTestData data;

    @Inject
    Headlines headlines;

    @Inject
    cn.gov.wujin.selfcheck.notice.boundary.NoticeSchedule schedule;

    @Override
    protected void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String enterprise = request.getParameter("enterprise");
        if ("true".equals(request.getParameter("publishDue"))) {
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(String.valueOf(schedule.publishDue()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        if ("true".equals(request.getParameter("listReminders"))) {
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(String.join("\n", data.reminders(enterprise)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        String title = request.getParameter("articleTitle");
        int notices;
        int reminders;
        Optional<ArticleKind> kind;
        try {
            notices = Integer.parseInt(Optional.ofNullable(request.getParameter("notices")).orElse("0"));
            reminders = Integer.parseInt(Optional.ofNullable(request.getParameter("reminders")).orElse("0"));
            kind = Optional.ofNullable(request.getParameter("articleKind")).map(ArticleKind::valueOf);
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (enterprise == null || notices < 0 || reminders < 0 || (kind.isPresent() && (title == null || title.isBlank()))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (!data.arrange(enterprise, notices, reminders, kind, title)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // The article is committed now: the home page's boxes are read again, as after a publish.
        kind.ifPresent(k -> headlines.evict());
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
