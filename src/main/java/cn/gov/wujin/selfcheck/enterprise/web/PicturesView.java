package cn.gov.wujin.selfcheck.enterprise.web;

import cn.gov.wujin.selfcheck.enterprise.boundary.Pictures;
import cn.gov.wujin.selfcheck.enterprise.entity.EnterprisePicture;
import cn.gov.wujin.selfcheck.enterprise.entity.PictureKind;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.faces.Messages;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.Serializable;
import java.util.List;

/** 单位图片信息: the gallery, 添加图片 and delete. */
@Named
@ViewScoped
public class PicturesView implements Serializable {

    @Inject
    Caller currentUser;

    @Inject
    Pictures pictures;

    private Long enterpriseId;
    private List<EnterprisePicture> list;
    private String title;
    private PictureKind kind;
    private transient UploadedFile file;

    /** The enterprise of the profile page this tab belongs to, whose view action has checked it. */
    @Inject
    ProfileView profileView;

    @PostConstruct
    void load() {
        enterpriseId = profileView.getEnterpriseId();
        list = pictures.list(currentUser.scope(), enterpriseId);
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.errorFor("pictureForm:file", "picture.file.required");
            return;
        }
        try {
            pictures.add(currentUser.scope(), enterpriseId, title, kind, file.getContent());
            Messages.info("picture.added");
            title = null;
            kind = null;
        } catch (BusinessException e) {
            Messages.error(e);
        } finally {
            file = null;
        }
        list = pictures.list(currentUser.scope(), enterpriseId);
    }

    public void delete(Long pictureId) {
        try {
            pictures.delete(currentUser.scope(), pictureId);
            Messages.info("picture.deleted");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        list = pictures.list(currentUser.scope(), enterpriseId);
    }

    public long getMaxBytes() {
        return pictures.maxBytes();
    }

    public List<EnterprisePicture> getList() { return list; }
    public PictureKind[] getKinds() { return PictureKind.values(); }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public PictureKind getKind() { return kind; }
    public void setKind(PictureKind kind) { this.kind = kind; }
    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
}
