package cn.gov.wujin.selfcheck.account.web;

import cn.gov.wujin.selfcheck.account.control.CaptchaChallenge;
import cn.gov.wujin.selfcheck.account.control.CaptchaImage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;

/** Draws a new captcha for the login page and keeps its answer in the session. */
@WebServlet("/captcha.png")
public class CaptchaServlet extends HttpServlet {

    static final String SESSION_KEY = "selfcheck.captcha";

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CaptchaChallenge challenge = CaptchaChallenge.random(clock);
        request.getSession(true).setAttribute(SESSION_KEY, challenge);
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "no-store, no-cache, must-revalidate");
        response.setHeader("Pragma", "no-cache");
        response.setDateHeader("Expires", 0);
        CaptchaImage.writePng(challenge.text(), response.getOutputStream());
    }
}
