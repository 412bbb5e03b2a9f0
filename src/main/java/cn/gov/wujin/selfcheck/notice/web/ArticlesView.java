package cn.gov.wujin.selfcheck.notice.web;

import cn.gov.wujin.selfcheck.notice.boundary.ArticleHeadline;
import cn.gov.wujin.selfcheck.notice.boundary.Articles;
import cn.gov.wujin.selfcheck.notice.entity.ArticleKind;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import cn.gov.wujin.selfcheck.platform.faces.PagedModel;
import cn.gov.wujin.selfcheck.platform.faces.ViewTarget;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;

/** 内容维护 ({@code /officer/articles.xhtml}) for ADMIN and district officers: every article, by kind and title, newest first. */
@Named
@ViewScoped
public class ArticlesView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    Articles articles;

    private ArticleKind kind;
    private String keyword;
    private LazyDataModel<ArticleHeadline> model;

    public void load() {
        if (!Articles.mayEdit(currentUser.scope())) {
            ViewTarget.refuse();
            return;
        }
        model = new PagedModel<>(() -> articles.count(currentUser.scope(), kind, keyword),
                (first, size) -> articles.list(currentUser.scope(), kind, keyword, first, size), a -> String.valueOf(a.getId()));
    }

    public void search() {
        PagedModel.showFirstPage(":articles:table");
    }

    public void delete(Long id) {
        try {
            articles.delete(currentUser.scope(), id);
            Messages.info("article.deleted");
        } catch (AccessDeniedException e) {
            Messages.error("article.gone");
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public ArticleKind getKind() { return kind; }
    public void setKind(ArticleKind v) { kind = v; }
    public String getKeyword() { return keyword; }
    public void setKeyword(String v) { keyword = v; }
    public List<ArticleKind> getKinds() { return List.of(ArticleKind.values()); }
    public LazyDataModel<ArticleHeadline> getModel() { return model; }
}
