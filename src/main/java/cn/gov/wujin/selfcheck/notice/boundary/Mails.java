package cn.gov.wujin.selfcheck.notice.boundary;

import cn.gov.wujin.selfcheck.platform.notify.DueReminder;
import cn.gov.wujin.selfcheck.enterprise.boundary.Profiles;
import cn.gov.wujin.selfcheck.notice.entity.MailMessage;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.html.SafeHtml;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Writes e-mails into the outbox, in the caller's transaction: a notice that rolls back sends nothing,
 * and no page waits for an SMTP server. {@code MailSender} sends them later. The body given is safe
 * HTML already (a sanitised notice, or text the caller escaped); everything this class adds is escaped.
 */
@Stateless
public class Mails {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Profiles profiles;

    @Inject
    @ConfigProperty(name = "selfcheck.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /**
     * Queues one message to each of these addresses (blank, duplicate or invalid ones skipped). {@code path}
     * is an application-relative link ("/enterprise/notice.xhtml?id=5") or null.
     */
    public void enqueue(Collection<String> recipients, String subject, String bodyHtml, String path) {
        Set<String> addresses = new LinkedHashSet<>();
        for (String recipient : recipients) {
            valid(recipient).ifPresent(addresses::add);
        }
        if (addresses.isEmpty()) {
            return;
        }
        String title = subject.length() > MailMessage.SUBJECT_LENGTH ? subject.substring(0, MailMessage.SUBJECT_LENGTH - 1) + "…" : subject;
        String link = path == null ? null : baseUrl.replaceAll("/+$", "") + path;
        String html = html(title, bodyHtml, link);
        String text = text(title, bodyHtml, link);
        LocalDateTime now = LocalDateTime.now(clock);
        for (String address : addresses) {
            em.persist(new MailMessage(address, title, html, text, now));
        }
    }

    /** The same to the enterprise's 电子邮箱 and its 安全负责人's; nothing when neither is set. */
    public void enqueueForEnterprise(Long enterpriseId, String subject, String bodyHtml, String path) {
        enqueue(profiles.mailAddresses(enterpriseId), subject, bodyHtml, path);
    }

    /** A notice's sanitised body to every recipient's addresses. */
    public void enqueueNoticeForEnterprises(java.util.List<Long> enterpriseIds, String subject, String bodyHtml, String path) {
        java.util.Map<Long, java.util.List<String>> addresses = profiles.mailAddresses(enterpriseIds);
        for (Long enterpriseId : enterpriseIds) {
            java.util.List<String> to = addresses.get(enterpriseId);
            if (to != null) {
                enqueue(to, subject, bodyHtml, path);
            }
        }
    }

    /** One message per enterprise of the map (enterprise id → its subject, safe HTML body and link), to their addresses. */
    public void enqueueForEnterprises(java.util.Map<Long, DueReminder> messages) {
        java.util.Map<Long, java.util.List<String>> addresses = profiles.mailAddresses(messages.keySet());
        messages.forEach((enterpriseId, message) -> {
            java.util.List<String> to = addresses.get(enterpriseId);
            if (to != null) {
                enqueue(to, message.title(), SafeHtml.escape(message.body()), message.link());
            }
        });
    }

    private static java.util.Optional<String> valid(String address) {
        if (address == null || address.isBlank() || address.length() > MailMessage.ADDRESS_LENGTH) {
            return java.util.Optional.empty();
        }
        try {
            InternetAddress parsed = new InternetAddress(address.strip(), true);
            return java.util.Optional.of(parsed.getAddress().toLowerCase(Locale.ROOT));
        } catch (AddressException e) {
            return java.util.Optional.empty();
        }
    }

    private static String html(String subject, String bodyHtml, String link) {
        String html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>" + SafeHtml.escape(subject)
                + "</title></head><body style=\"font-family:sans-serif;line-height:1.6\">"
                + "<p style=\"color:#555\">" + SafeHtml.escape(Texts.get(Texts.DEFAULT_LOCALE, "app.title")) + "</p>"
                + "<h2>" + SafeHtml.escape(subject) + "</h2><div>" + bodyHtml + "</div>"
                + (link == null ? "" : "<p><a href=\"" + SafeHtml.escape(link) + "\">"
                + SafeHtml.escape(Texts.get(Texts.DEFAULT_LOCALE, "mail.open")) + "</a></p>")
                + "<p style=\"color:#888;font-size:small\">" + SafeHtml.escape(Texts.get(Texts.DEFAULT_LOCALE, "mail.footer"))
                + "</p></body></html>";
        return html.length() > MailMessage.BODY_LENGTH ? html.substring(0, MailMessage.BODY_LENGTH) : html;
    }

    private static String text(String subject, String bodyHtml, String link) {
        String text = subject + "\n\n" + SafeHtml.toText(bodyHtml)
                + (link == null ? "" : "\n\n" + Texts.get(Texts.DEFAULT_LOCALE, "mail.open") + "：" + link)
                + "\n\n" + Texts.get(Texts.DEFAULT_LOCALE, "mail.footer");
        return text.length() > MailMessage.BODY_LENGTH ? text.substring(0, MailMessage.BODY_LENGTH) : text;
    }
}
