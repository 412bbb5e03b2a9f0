package cn.gov.wujin.selfcheck.notice.boundary;

import cn.gov.wujin.selfcheck.notice.entity.AudienceKind;
import cn.gov.wujin.selfcheck.notice.entity.Notice;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** What an officer fills in to write a 公告通知; checked again by the boundary. */
public class NoticeForm implements Serializable {

    @NotBlank(message = "{notice.title.required}")
    @Size(max = Notice.TITLE_LENGTH, message = "{notice.title.tooLong}")
    private String title;

    /** The editor's HTML; sanitised by the boundary before anything else looks at it. */
    @NotBlank(message = "{notice.body.required}")
    @Size(max = Notice.BODY_LENGTH, message = "{notice.body.tooLong}")
    private String body;

    @NotNull(message = "{notice.audience.required}")
    private AudienceKind audience = AudienceKind.ALL_IN_SCOPE;

    /** The town, department or type of an audience of that kind. */
    private Long audienceId;

    private List<Long> picked = new ArrayList<>();

    private boolean sendMail;

    /** Null: publish now. */
    @Future(message = "{notice.publishAt.future}")
    private LocalDateTime publishAt;

    private List<Long> attachmentIds = new ArrayList<>();

    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getBody() { return body; }
    public void setBody(String v) { body = v; }
    public AudienceKind getAudience() { return audience; }
    public void setAudience(AudienceKind v) { audience = v; }
    public Long getAudienceId() { return audienceId; }
    public void setAudienceId(Long v) { audienceId = v; }
    public List<Long> getPicked() { return picked; }
    public void setPicked(List<Long> v) { picked = v == null ? new ArrayList<>() : v; }
    public boolean isSendMail() { return sendMail; }
    public void setSendMail(boolean v) { sendMail = v; }
    public LocalDateTime getPublishAt() { return publishAt; }
    public void setPublishAt(LocalDateTime v) { publishAt = v; }
    public List<Long> getAttachmentIds() { return attachmentIds; }
    public void setAttachmentIds(List<Long> v) { attachmentIds = v == null ? new ArrayList<>() : v; }
}
