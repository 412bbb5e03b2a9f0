package cn.gov.wujin.selfcheck.notice.web;

import cn.gov.wujin.selfcheck.notice.boundary.ArticleHeadline;
import cn.gov.wujin.selfcheck.notice.boundary.Articles;
import cn.gov.wujin.selfcheck.notice.boundary.Inbox;
import cn.gov.wujin.selfcheck.notice.boundary.InboxSearch;
import cn.gov.wujin.selfcheck.notice.boundary.NoticePublishing;
import cn.gov.wujin.selfcheck.notice.entity.Article;
import cn.gov.wujin.selfcheck.notice.entity.ArticleKind;
import cn.gov.wujin.selfcheck.notice.entity.AttachmentInfo;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

import java.io.Serializable;
import java.util.List;

/**
 * 在线帮助 ({@code /help.xhtml}): four lists on the left (新闻动态, 公告通知, 在线帮助, 常见问题; {@code ?list=}),
 * searched by title ({@code ?q=}), and the chosen article on the right ({@code ?id=}; by default the list's
 * newest). The notices are the caller's own: an enterprise's received ones, an officer's followed ones.
 */
@Named
@ViewScoped
public class HelpView implements Serializable {

    /** The four lists of the manual's 在线帮助 module. */
    public enum HelpList { NEWS, NOTICES, HELP, FAQ }

    /** One line of a list: its title, date and where it opens. */
    public record Entry(Long id, String title, java.time.LocalDateTime time, String outcome) implements Serializable {
        public Long getId() { return id; }
        public String getTitle() { return title; }
        public java.time.LocalDateTime getTime() { return time; }
        public String getOutcome() { return outcome; }
    }

    private static final int MAX = 50;

    @Inject
    Caller currentUser;

    @Inject
    Articles articles;

    @Inject
    Inbox inbox;

    @Inject
    NoticePublishing publishing;

    private HelpList list = HelpList.HELP;
    private String keyword;
    private List<Entry> entries;
    private Article article;
    private List<AttachmentInfo> attachments = List.of();

    public void load() {
        Long id = ViewTarget.findOrRefuse(() -> ViewTarget.optionalId("id"));
        keyword = Faces.getRequestParameter("q");
        HelpList chosen = ViewTarget.optionalEnum("list", HelpList.class);
        if (id != null) {
            article = ViewTarget.findOrRefuse(() -> articles.article(currentUser.scope(), id));
            if (article == null) {
                return;
            }
            attachments = articles.attachments(currentUser.scope(), id);
            list = chosen != null ? chosen : switch (article.getKind()) {
                case NEWS -> HelpList.NEWS;
                case FAQ -> HelpList.FAQ;
                default -> HelpList.HELP;
            };
        } else if (chosen != null) {
            list = chosen;
        }
        entries = entries();
        if (article == null && list != HelpList.NOTICES && !entries.isEmpty()) {
            Long first = entries.get(0).id();
            article = articles.article(currentUser.scope(), first);
            attachments = articles.attachments(currentUser.scope(), first);
        }
    }

    private List<Entry> entries() {
        if (list == HelpList.NOTICES) {
            if (currentUser.isEnterprise()) {
                InboxSearch search = new InboxSearch();
                search.setKeyword(keyword);
                return inbox.notices(currentUser.scope(), search, 0, MAX).stream()
                        .map(n -> new Entry(n.getId(), n.getTitle(), n.getReceivedAt(), "/enterprise/notice")).toList();
            }
            return publishing.list(currentUser.scope(), keyword, 0, MAX).stream()
                    .map(n -> new Entry(n.getId(), n.getTitle(), n.getPublishedAt(), "/officer/notice")).toList();
        }
        ArticleKind kind = switch (list) {
            case NEWS -> ArticleKind.NEWS;
            case FAQ -> ArticleKind.FAQ;
            default -> ArticleKind.HELP;
        };
        List<ArticleHeadline> headlines = articles.list(currentUser.scope(), kind, keyword, 0, MAX);
        return headlines.stream().map(h -> new Entry(h.getId(), h.getTitle(), h.getPublishedAt(), "/help")).toList();
    }

    public HelpList getList() { return list; }
    public List<HelpList> getLists() { return List.of(HelpList.values()); }
    public String getKeyword() { return keyword; }
    public void setKeyword(String v) { keyword = v; }
    public List<Entry> getEntries() { return entries; }
    public Article getArticle() { return article; }
    public List<AttachmentInfo> getAttachments() { return attachments; }
}
