package cn.gov.wujin.selfcheck.notice.boundary;

import cn.gov.wujin.selfcheck.notice.entity.Article;
import cn.gov.wujin.selfcheck.notice.entity.ArticleKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What ADMIN or a district officer fills in for an article; {@code id} and {@code version} when it is edited. */
public class ArticleForm implements Serializable {

    private Long id;
    private long version;

    @NotNull(message = "{article.kind.required}")
    private ArticleKind kind = ArticleKind.NEWS;

    @NotBlank(message = "{article.title.required}")
    @Size(max = Article.TITLE_LENGTH, message = "{article.title.tooLong}")
    private String title;

    @NotBlank(message = "{article.body.required}")
    @Size(max = Article.BODY_LENGTH, message = "{article.body.tooLong}")
    private String body;

    @Size(max = Article.ISSUER_LENGTH, message = "{article.issuer.tooLong}")
    private String issuer;

    @Size(max = Article.ISSUER_LENGTH, message = "{article.documentNumber.tooLong}")
    private String documentNumber;

    private LocalDate issuedOn;

    private List<Long> attachmentIds = new ArrayList<>();

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public long getVersion() { return version; }
    public void setVersion(long v) { version = v; }
    public ArticleKind getKind() { return kind; }
    public void setKind(ArticleKind v) { kind = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getBody() { return body; }
    public void setBody(String v) { body = v; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String v) { issuer = v; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String v) { documentNumber = v; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate v) { issuedOn = v; }
    public List<Long> getAttachmentIds() { return attachmentIds; }
    public void setAttachmentIds(List<Long> v) { attachmentIds = v == null ? new ArrayList<>() : v; }
}
