package cn.gov.wujin.selfcheck.notice.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.MailSessionDefinition;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox's due messages in batches through the mail session found by JNDI name
 * ({@code selfcheck.mail.jndi-name}, by default the application's own {@code java:app/mail/selfcheck}
 * declared here from MicroProfile Config; a Payara Server may name a JavaMail resource of its own).
 * Each message is claimed first, sent outside any transaction, and its result recorded: a failure is
 * retried later, a message is sent once even with two servers sending.
 */
@MailSessionDefinition(
        name = MailSender.APP_SESSION,
        host = "${MPCONFIG=selfcheck.mail.host}",
        from = "${MPCONFIG=selfcheck.mail.from}",
        transportProtocol = "smtp",
        properties = {
                "mail.smtp.port=${MPCONFIG=selfcheck.mail.port}",
                "mail.smtp.starttls.enable=${MPCONFIG=selfcheck.mail.starttls}",
                // An SMTP server that does not answer must not hold the sender for long.
                "mail.smtp.connectiontimeout=10000",
                "mail.smtp.timeout=20000",
                "mail.smtp.writetimeout=20000",
                "mail.mime.charset=UTF-8"
        })
@Stateless
public class MailSender {

    public static final String APP_SESSION = "java:app/mail/selfcheck";

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Inject
    MailClaims claims;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "selfcheck.mail.jndi-name", defaultValue = APP_SESSION)
    String jndiName;

    @Inject
    @ConfigProperty(name = "selfcheck.mail.batch-size", defaultValue = "50")
    int batchSize;

    /** Sends one batch of due messages; returns how many went out. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue() {
        String token = UUID.randomUUID().toString();
        List<MailClaims.Claimed> batch = claims.claim(token, batchSize);
        if (batch.isEmpty()) {
            return 0;
        }
        Session session = session();
        int sent = 0;
        for (MailClaims.Claimed message : batch) {
            try {
                Transport.send(mime(session, message));
                claims.sent(message.id(), token);
                sent++;
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.INFO, () -> "Mail " + message.id() + " not sent now: " + e);
                claims.failed(message.id(), token, String.valueOf(e.getMessage() == null ? e : e.getMessage()));
            }
        }
        return sent;
    }

    private Session session() {
        try {
            return (Session) new InitialContext().lookup(jndiName);
        } catch (NamingException e) {
            throw new IllegalStateException("No mail session at " + jndiName, e);
        }
    }

    /** A UTF-8 message: the subject encoded, HTML with its plain-text alternative. */
    private MimeMessage mime(Session session, MailClaims.Claimed message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom();
        mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(message.recipient(), true));
        mime.setSubject(message.subject(), "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        mime.setContent(alternative);
        mime.setSentDate(Date.from(clock.instant()));
        return mime;
    }
}
