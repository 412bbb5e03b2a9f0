package cn.gov.wujin.selfcheck.notice.boundary;

import cn.gov.wujin.selfcheck.enterprise.boundary.InvalidInputException;
import cn.gov.wujin.selfcheck.notice.entity.Article;
import cn.gov.wujin.selfcheck.notice.entity.ArticleKind;
import cn.gov.wujin.selfcheck.notice.entity.AttachmentInfo;
import cn.gov.wujin.selfcheck.notice.entity.NoticeAttachment;
import cn.gov.wujin.selfcheck.platform.faces.Texts;
import cn.gov.wujin.selfcheck.platform.html.SafeHtml;
import cn.gov.wujin.selfcheck.platform.persistence.Like;
import cn.gov.wujin.selfcheck.platform.persistence.StaleRecordException;
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
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 新闻动态, 政策法规, 标准规范, 常见问题 and 在线帮助: read by everyone logged in, newest update first and
 * searched by title; written, changed and deleted by ADMIN and DISTRICT officers only, the body sanitised.
 * Every write drops the home page's boxes ({@link Headlines}).
 */
@Stateless
public class Articles {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Inject
    Headlines headlines;

    /** ADMIN and the district's officers keep the articles. */
    public static boolean mayEdit(CallerScope caller) {
        return caller != null && (caller.role() == Role.ADMIN || caller.role() == Role.DISTRICT);
    }

    private static void refuseUnlessEditor(CallerScope caller) {
        if (!mayEdit(caller)) {
            throw new AccessDeniedException();
        }
    }

    private static void refuseUnlessLoggedIn(CallerScope caller) {
        if (caller == null) {
            throw new AccessDeniedException();
        }
    }

    /** One page of the articles of a kind (all kinds for null) whose title contains the keyword, newest update first. */
    public List<ArticleHeadline> list(CallerScope caller, ArticleKind kind, String keyword, int first, int pageSize) {
        refuseUnlessLoggedIn(caller);
        TypedQuery<ArticleHeadline> query = em.createQuery("SELECT NEW cn.gov.wujin.selfcheck.notice.boundary.ArticleHeadline("
                + "a.id, a.title, a.updatedAt) FROM Article a WHERE " + conditions(kind, keyword)
                + " ORDER BY a.updatedAt DESC, a.id DESC", ArticleHeadline.class);
        return bind(query, kind, keyword).setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, pageSize), 100))
                .getResultList();
    }

    public long count(CallerScope caller, ArticleKind kind, String keyword) {
        refuseUnlessLoggedIn(caller);
        return bind(em.createQuery("SELECT COUNT(a) FROM Article a WHERE " + conditions(kind, keyword), Long.class), kind, keyword)
                .getSingleResult();
    }

    private static String conditions(ArticleKind kind, String keyword) {
        return (kind == null ? "1 = 1" : "a.kind = :kind") + (Like.given(keyword) ? " AND LOWER(a.title) LIKE :keyword" + Like.ESCAPE : "");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, ArticleKind kind, String keyword) {
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (Like.given(keyword)) {
            query.setParameter("keyword", Like.containing(keyword));
        }
        return query;
    }

    /** One article to read; an unknown id is refused like any other. */
    public Article article(CallerScope caller, Long id) {
        refuseUnlessLoggedIn(caller);
        Article article = id == null ? null : em.find(Article.class, id);
        if (article == null) {
            throw new AccessDeniedException();
        }
        return article;
    }

    public List<AttachmentInfo> attachments(CallerScope caller, Long id) {
        article(caller, id);
        return em.createNamedQuery(NoticeAttachment.INFO_OF_ARTICLE, AttachmentInfo.class).setParameter("articleId", id).getResultList();
    }

    /** An article's data for its edit page. */
    public ArticleForm form(CallerScope caller, Long id) {
        refuseUnlessEditor(caller);
        Article article = article(caller, id);
        ArticleForm form = new ArticleForm();
        form.setId(article.getId());
        form.setVersion(article.getVersion());
        form.setKind(article.getKind());
        form.setTitle(article.getTitle());
        form.setBody(article.getBody());
        form.setIssuer(article.getIssuer());
        form.setDocumentNumber(article.getDocumentNumber());
        form.setIssuedOn(article.getIssuedOn());
        return form;
    }

    /**
     * Saves a new article or the one the form was loaded from, at that version (a stale page is refused and
     * keeps its entries); new attachments of the caller's are added. Returns the article's id.
     */
    public Long save(CallerScope caller, ArticleForm form) {
        refuseUnlessEditor(caller);
        String body = SafeHtml.sanitize(form.getBody());
        Set<ConstraintViolation<ArticleForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> Map.entry(v.getPropertyPath().toString(), v.getMessage())).sorted(Map.Entry.comparingByKey()).toList());
        }
        if (!SafeHtml.hasText(body)) {
            throw new InvalidInputException(List.of(Map.entry("body", Texts.get(Texts.DEFAULT_LOCALE, "article.body.required"))));
        }
        if (body.length() > Article.BODY_LENGTH) {
            throw new cn.gov.wujin.selfcheck.platform.BusinessException("notice.body.tooLongSanitized", Article.BODY_LENGTH);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Article article;
        if (form.getId() == null) {
            article = new Article(form.getKind(), form.getTitle().strip(), body, now);
            em.persist(article);
        } else {
            article = article(caller, form.getId());
            if (article.getVersion() != form.getVersion()) {
                throw new StaleRecordException(article.getUpdatedAt(), article.getUpdatedBy());
            }
        }
        article.revise(form.getKind(), form.getTitle().strip(), body, blankToNull(form.getIssuer()), blankToNull(form.getDocumentNumber()),
                form.getIssuedOn(), caller.signature(), now);
        Set<Long> ids = new LinkedHashSet<>(form.getAttachmentIds());
        ids.remove(null);
        for (Long id : ids) {
            NoticeAttachment attachment = em.find(NoticeAttachment.class, id);
            if (attachment == null || (!article.equals(attachment.getArticle()) && !attachment.attachTo(article, caller.accountId()))) {
                throw new AccessDeniedException();
            }
        }
        em.flush();
        headlines.evict();
        return article.getId();
    }

    /** 删除 with its attachments. */
    public void delete(CallerScope caller, Long id) {
        refuseUnlessEditor(caller);
        Article article = article(caller, id);
        em.createQuery("DELETE FROM NoticeAttachment a WHERE a.article = :article").setParameter("article", article).executeUpdate();
        em.remove(article);
        em.flush();
        headlines.evict();
    }

    /** The number of articles, for the loader of the initial content. */
    public long countAll() {
        return em.createQuery("SELECT COUNT(a) FROM Article a", Long.class).getSingleResult();
    }

    /** Stores one article of the initial content as it is (the loader's files are this application's own). */
    public void load(ArticleKind kind, String title, String body, String issuer, String documentNumber, java.time.LocalDate issuedOn) {
        LocalDateTime now = LocalDateTime.now(clock);
        Article article = new Article(kind, title, SafeHtml.sanitize(body), now);
        article.revise(kind, title, SafeHtml.sanitize(body), issuer, documentNumber, issuedOn, null, now);
        em.persist(article);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
