package cn.gov.wujin.selfcheck.management.web;

import cn.gov.wujin.selfcheck.account.boundary.IssuedPassword;
import cn.gov.wujin.selfcheck.management.boundary.AccountNotice;
import cn.gov.wujin.selfcheck.management.boundary.Registered;
import cn.gov.wujin.selfcheck.management.control.AccountNoticePdf;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.pdf.PdfFonts;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Writes 账号开通通知单 PDFs: for one new or reset login (from the page's state), or an import's (by the servlet). */
@ApplicationScoped
public class AccountNoticeDownload {

    @Inject
    PdfFonts fonts;

    @Inject
    Clock clock;

    @Inject
    Caller currentUser;

    @Inject
    @ConfigProperty(name = "selfcheck.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    public StreamedContent single(Registered registered) {
        IssuedPassword login = registered.login();
        return pdf(List.of(new AccountNotice(registered.name(), registered.creditCode(), registered.townName(),
                login.username(), login.password())));
    }

    public StreamedContent pdf(List<AccountNotice> notices) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(notices, out);
        byte[] bytes = out.toByteArray();
        return DefaultStreamedContent.builder().name(Texts.get(Texts.DEFAULT_LOCALE, "accountNotice.title") + ".pdf")
                .contentType("application/pdf").contentLength((long) bytes.length)
                .stream(() -> new java.io.ByteArrayInputStream(bytes)).build();
    }

    public void write(List<AccountNotice> notices, OutputStream out) {
        String issuer = currentUser.getScopeName() == null ? Texts.get(Texts.DEFAULT_LOCALE, "accountNotice.issuer")
                : currentUser.getScopeName();
        try {
            AccountNoticePdf.write(notices, baseUrl + "/login.xhtml", issuer, LocalDate.now(clock), fonts.readable(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
