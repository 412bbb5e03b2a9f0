package cn.gov.wujin.selfcheck.notice.boundary;

import cn.gov.wujin.selfcheck.platform.notify.DueReminder;
import cn.gov.wujin.selfcheck.enterprise.boundary.EnterpriseSummary;
import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
import cn.gov.wujin.selfcheck.enterprise.boundary.InvalidInputException;
import cn.gov.wujin.selfcheck.notice.entity.Audience;
import cn.gov.wujin.selfcheck.notice.entity.AudienceKind;
import cn.gov.wujin.selfcheck.notice.entity.AttachmentInfo;
import cn.gov.wujin.selfcheck.notice.entity.Notice;
import cn.gov.wujin.selfcheck.notice.entity.NoticeAttachment;
import cn.gov.wujin.selfcheck.notice.entity.NoticeReceipt;
import cn.gov.wujin.selfcheck.notice.entity.NoticeStatus;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.files.DocumentCheck;
import cn.gov.wujin.selfcheck.platform.files.Uploads;
import cn.gov.wujin.selfcheck.platform.html.SafeHtml;
import cn.gov.wujin.selfcheck.platform.persistence.Like;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import cn.gov.wujin.selfcheck.platform.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 公告通知 as officers write and follow them: an audience within the author's scope, attachments checked
 * by content, the body sanitised to a safe subset, published now or by the timer at the set time; per
 * notice the read rate, the recipients that have not read it, and one click to remind them (once a day
 * per enterprise). Enterprises are refused every method.
 */
@Stateless
public class NoticePublishing {

    /** How many enterprises a picked audience may name. */
    public static final int MAX_PICKED = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Inject
    Uploads uploads;

    @Inject
    Enterprises enterprises;

    @Inject
    Reminders reminders;

    @Inject
    Mails mails;

    /** The roles that write notices: TOWN, INDUSTRY, DISTRICT, ADMIN. */
    public static void refuseUnlessAuthor(CallerScope caller) {
        if (caller == null || caller.role() == Role.ENTERPRISE) {
            throw new AccessDeniedException();
        }
    }

    public long maxAttachmentBytes() {
        return uploads.maxBytes();
    }

    /**
     * Keeps an uploaded file for the notice being written, checked by content and size; it stays the
     * uploader's until the notice is saved (unsaved ones are removed after a day).
     */
    public AttachmentInfo upload(CallerScope caller, int alreadyAttached, String submittedName, byte[] bytes) {
        refuseUnlessAuthor(caller);
        if (alreadyAttached >= NoticeAttachment.MAX_PER_NOTICE) {
            throw new BusinessException("attachment.tooMany", NoticeAttachment.MAX_PER_NOTICE);
        }
        if (bytes == null || bytes.length == 0) {
            throw new BusinessException("attachment.empty");
        }
        if (bytes.length > uploads.maxBytes()) {
            throw new BusinessException("attachment.tooLarge", uploads.maxBytes() / (1024 * 1024));
        }
        DocumentCheck.Format format = DocumentCheck.detect(bytes).orElseThrow(() -> new BusinessException("attachment.type"));
        NoticeAttachment attachment = new NoticeAttachment(caller.accountId(), DocumentCheck.displayName(submittedName, format),
                format, bytes, LocalDateTime.now(clock));
        em.persist(attachment);
        em.flush();
        return attachment.info();
    }

    /**
     * Saves a notice: published at once (its recipients get it now) or, with a later time, left for the
     * timer. Returns its id. The audience must lie in the caller's scope and reach at least one enterprise.
     */
    public Long save(CallerScope caller, NoticeForm form) {
        refuseUnlessAuthor(caller);
        String body = SafeHtml.sanitize(form.getBody());
        Set<ConstraintViolation<NoticeForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> Map.entry(v.getPropertyPath().toString(), v.getMessage())).sorted(Map.Entry.comparingByKey()).toList());
        }
        if (!SafeHtml.hasText(body)) {
            throw new InvalidInputException(List.of(Map.entry("body", Texts.get(Texts.DEFAULT_LOCALE, "notice.body.required"))));
        }
        if (body.length() > Notice.BODY_LENGTH) {
            throw new BusinessException("notice.body.tooLongSanitized", Notice.BODY_LENGTH);
        }
        Audience audience = audience(caller, form);
        Set<Long> picked = form.getAudience() == AudienceKind.PICKED ? picked(caller, form.getPicked()) : Set.of();
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime publishAt = form.getPublishAt() == null || !form.getPublishAt().isAfter(now) ? now : form.getPublishAt();
        Notice notice = new Notice(caller, form.getTitle().strip(), body, audience, picked, form.isSendMail(), publishAt, now);
        if (recipients(notice).isEmpty()) {
            throw new BusinessException("notice.audience.empty");
        }
        em.persist(notice);
        attach(caller, notice, form.getAttachmentIds());
        if (notice.isDue(now)) {
            publish(notice);
        }
        return notice.getId();
    }

    private Audience audience(CallerScope caller, NoticeForm form) {
        AudienceKind kind = form.getAudience();
        if (kind == AudienceKind.ALL_IN_SCOPE || kind == AudienceKind.PICKED) {
            return Audience.of(kind, null);
        }
        if (form.getAudienceId() == null) {
            throw new BusinessException("notice.audience.valueRequired");
        }
        // A town officer addresses only its own town, an industry officer only its department.
        if ((kind == AudienceKind.TOWN && caller.role() == Role.TOWN && !caller.townId().equals(form.getAudienceId()))
                || (kind == AudienceKind.DEPARTMENT && caller.role() == Role.INDUSTRY
                && !caller.departmentId().equals(form.getAudienceId()))) {
            throw new AccessDeniedException();
        }
        return Audience.of(kind, form.getAudienceId());
    }

    /** Every picked enterprise must lie in the caller's scope: an id out of it is refused, not dropped. */
    private Set<Long> picked(CallerScope caller, List<Long> ids) {
        Set<Long> picked = new LinkedHashSet<>(ids);
        picked.remove(null);
        if (picked.isEmpty()) {
            throw new BusinessException("notice.picked.required");
        }
        if (picked.size() > MAX_PICKED) {
            throw new BusinessException("notice.picked.tooMany", MAX_PICKED);
        }
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(e) FROM Enterprise e WHERE e.id IN :ids AND "
                + caller.restrict("e"), Long.class).setParameter("ids", List.copyOf(picked));
        if (caller.bind(query).getSingleResult() != picked.size()) {
            throw new AccessDeniedException();
        }
        return picked;
    }

    private void attach(CallerScope caller, Notice notice, List<Long> attachmentIds) {
        Set<Long> ids = new LinkedHashSet<>(attachmentIds);
        ids.remove(null);
        if (ids.size() > NoticeAttachment.MAX_PER_NOTICE) {
            throw new BusinessException("attachment.tooMany", NoticeAttachment.MAX_PER_NOTICE);
        }
        for (Long id : ids) {
            NoticeAttachment attachment = em.find(NoticeAttachment.class, id);
            if (attachment == null || !attachment.attachTo(notice, caller.accountId())) {
                throw new AccessDeniedException();
            }
        }
    }

    /** The enterprises a notice reaches now: its audience within its author's scope. */
    private List<Long> recipients(Notice notice) {
        CallerScope author = notice.authorScope();
        Audience audience = notice.getAudience();
        String condition = switch (audience.getKind()) {
            case ALL_IN_SCOPE -> "1 = 1";
            case TOWN -> "e.town.id = :audienceId";
            case DEPARTMENT -> "e.department.id = :audienceId";
            case TYPE -> "(t.id = :audienceId OR p.id = :audienceId)";
            case PICKED -> "e.id IN :picked";
        };
        TypedQuery<Long> query = em.createQuery("SELECT e.id FROM Enterprise e JOIN e.type t LEFT JOIN t.parent p WHERE "
                + author.restrict("e") + " AND " + condition + " ORDER BY e.id", Long.class);
        author.bind(query);
        switch (audience.getKind()) {
            case TOWN -> query.setParameter("audienceId", audience.getTownId());
            case DEPARTMENT -> query.setParameter("audienceId", audience.getDepartmentId());
            case TYPE -> query.setParameter("audienceId", audience.getTypeId());
            case PICKED -> query.setParameter("picked", List.copyOf(notice.getPicked()));
            default -> { }
        }
        return query.getResultList();
    }

    /** The scheduled notices whose time has come, for the timer. */
    public List<Long> dueIds() {
        return em.createNamedQuery(Notice.DUE, Long.class).setParameter("now", LocalDateTime.now(clock)).getResultList();
    }

    /**
     * Publishes one scheduled notice whose time has come; false when it is not due (any more). Two
     * servers publishing the same notice at once: the notice's version fails the later transaction, whose
     * receipts are rolled back with it.
     */
    public boolean publishDue(Long id) {
        Notice notice = em.find(Notice.class, id);
        if (notice == null || !notice.isDue(LocalDateTime.now(clock))) {
            return false;
        }
        publish(notice);
        return true;
    }

    private void publish(Notice notice) {
        List<Long> recipients = recipients(notice);
        for (Long enterpriseId : recipients) {
            em.persist(new NoticeReceipt(notice, enterpriseId));
        }
        notice.publish(recipients.size());
        if (notice.isSendMail()) {
            String link = "/enterprise/notice.xhtml?id=" + notice.getId();
            mails.enqueueNoticeForEnterprises(recipients, notice.getTitle(), notice.getBody(), link);
        }
        em.flush();
    }

    /** One page of the notices the caller may follow (its own, its town's or department's; all for the district), newest first. */
    public List<NoticeSummary> list(CallerScope caller, String keyword, int first, int pageSize) {
        refuseUnlessAuthor(caller);
        TypedQuery<Object[]> query = em.createQuery("SELECT n.id, n.title, n.publishedAt, n.status, n.authorName, n.recipientCount"
                + " FROM Notice n WHERE " + visible(caller) + keywordCondition(keyword)
                + " ORDER BY n.publishedAt DESC, n.id DESC", Object[].class);
        List<Object[]> rows = bindVisible(caller, query, keyword).setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, pageSize), 100)).getResultList();
        Map<Long, Long> read = new HashMap<>();
        if (!rows.isEmpty()) {
            for (Object[] count : em.createQuery("SELECT r.notice.id, COUNT(r) FROM NoticeReceipt r WHERE r.notice.id IN :ids"
                    + " AND r.readAt IS NOT NULL GROUP BY r.notice.id", Object[].class)
                    .setParameter("ids", rows.stream().map(r -> (Long) r[0]).toList()).getResultList()) {
                read.put((Long) count[0], ((Number) count[1]).longValue());
            }
        }
        return rows.stream().map(r -> new NoticeSummary((Long) r[0], (String) r[1], (LocalDateTime) r[2],
                (NoticeStatus) r[3], (String) r[4], (Integer) r[5],
                read.getOrDefault((Long) r[0], 0L))).toList();
    }

    public long count(CallerScope caller, String keyword) {
        refuseUnlessAuthor(caller);
        return bindVisible(caller, em.createQuery("SELECT COUNT(n) FROM Notice n WHERE " + visible(caller)
                + keywordCondition(keyword), Long.class), keyword).getSingleResult();
    }

    private static String visible(CallerScope caller) {
        return switch (caller.role()) {
            case DISTRICT, ADMIN -> "1 = 1";
            case TOWN -> "(n.authorId = :me OR (n.authorRole = cn.gov.wujin.selfcheck.platform.security.Role.TOWN"
                    + " AND n.authorTownId = :scopeId))";
            case INDUSTRY -> "(n.authorId = :me OR (n.authorRole = cn.gov.wujin.selfcheck.platform.security.Role.INDUSTRY"
                    + " AND n.authorDepartmentId = :scopeId))";
            case ENTERPRISE -> throw new AccessDeniedException();
        };
    }

    private static String keywordCondition(String keyword) {
        return Like.given(keyword) ? " AND LOWER(n.title) LIKE :keyword" + Like.ESCAPE : "";
    }

    private static <T> TypedQuery<T> bindVisible(CallerScope caller, TypedQuery<T> query, String keyword) {
        switch (caller.role()) {
            case TOWN -> query.setParameter("me", caller.accountId()).setParameter("scopeId", caller.townId());
            case INDUSTRY -> query.setParameter("me", caller.accountId()).setParameter("scopeId", caller.departmentId());
            default -> { }
        }
        if (Like.given(keyword)) {
            query.setParameter("keyword", Like.containing(keyword));
        }
        return query;
    }

    /** A notice the caller may follow, with its read rate; any other id is refused. */
    public NoticeSummary summary(CallerScope caller, Long id) {
        Notice notice = visibleNotice(caller, id);
        long unread = em.createNamedQuery(NoticeReceipt.COUNT_UNREAD_OF_NOTICE, Long.class)
                .setParameter("noticeId", id).getSingleResult();
        return new NoticeSummary(notice.getId(), notice.getTitle(), notice.getPublishedAt(), notice.getStatus(),
                notice.getAuthorName(), notice.getRecipientCount(), notice.getRecipientCount() - unread);
    }

    /** The notice itself (title, sanitised body) for its officers' page. */
    public Notice notice(CallerScope caller, Long id) {
        return visibleNotice(caller, id);
    }

    public List<AttachmentInfo> attachments(CallerScope caller, Long id) {
        visibleNotice(caller, id);
        return em.createNamedQuery(NoticeAttachment.INFO_OF_NOTICE, AttachmentInfo.class).setParameter("noticeId", id).getResultList();
    }

    /** One page of the recipients that have not read the notice, by name. */
    public List<EnterpriseSummary> unread(CallerScope caller, Long id, int first, int pageSize) {
        visibleNotice(caller, id);
        List<Long> ids = em.createNamedQuery(NoticeReceipt.UNREAD_OF_NOTICE, Long.class).setParameter("noticeId", id)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), 100)).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(Enterprises.summaryJpql("e.id IN :ids"), EnterpriseSummary.class).setParameter("ids", ids)
                .getResultList();
    }

    public long countUnread(CallerScope caller, Long id) {
        visibleNotice(caller, id);
        return em.createNamedQuery(NoticeReceipt.COUNT_UNREAD_OF_NOTICE, Long.class).setParameter("noticeId", id).getSingleResult();
    }

    /**
     * 一键提醒: a 系统提醒 (and its mail) to each recipient that has not read the notice; however often it is
     * clicked, one per enterprise and day. Returns how many were reminded now.
     */
    public int remindUnread(CallerScope caller, Long id) {
        Notice notice = visibleNotice(caller, id);
        String cause = Reminders.NOTICE_UNREAD + ":" + id + ":" + LocalDate.now(clock);
        String title = Texts.get(Texts.DEFAULT_LOCALE, "reminder.noticeUnread.title", notice.getTitle());
        String body = Texts.get(Texts.DEFAULT_LOCALE, "reminder.noticeUnread.body", notice.getTitle(),
                notice.getPublishedAt().toLocalDate().toString());
        String link = "/enterprise/notice.xhtml?id=" + id;
        return reminders.remindOnce(Reminders.NOTICE_UNREAD, em.createNamedQuery(NoticeReceipt.UNREAD_OF_NOTICE, Long.class)
                .setParameter("noticeId", id).getResultList().stream()
                .map(enterpriseId -> new DueReminder(enterpriseId, cause, title, body, link)).toList());
    }

    private Notice visibleNotice(CallerScope caller, Long id) {
        refuseUnlessAuthor(caller);
        Notice notice = id == null ? null : em.find(Notice.class, id);
        if (notice == null || !notice.visibleTo(caller)) {
            throw new AccessDeniedException();
        }
        return notice;
    }

    /** Removes the files uploaded for notices that were never saved, a day after their upload. */
    public int removeUnattached() {
        return em.createNamedQuery(NoticeAttachment.DELETE_UNATTACHED)
                .setParameter("before", LocalDateTime.now(clock).minusDays(1)).executeUpdate();
    }

    /** The enterprises in scope whose name contains the keyword (the picked audience's search box), at most 20. */
    public List<EnterpriseSummary> pickable(CallerScope caller, String keyword) {
        refuseUnlessAuthor(caller);
        return enterprises.search(caller, keyword, 0, 20);
    }

}
