package cn.gov.wujin.selfcheck.enterprise.boundary;

import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.enterprise.entity.EnterprisePicture;
import cn.gov.wujin.selfcheck.enterprise.entity.PictureKind;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.files.ImageCheck;
import cn.gov.wujin.selfcheck.platform.files.StoredFile;
import cn.gov.wujin.selfcheck.platform.files.StoredImage;
import cn.gov.wujin.selfcheck.platform.files.UnreferencedFiles;
import cn.gov.wujin.selfcheck.platform.files.Uploads;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * 单位图片信息. The files live under {@code ${selfcheck.data.dir}/pictures/<enterprise id>/}
 * named by a random key; only this boundary opens them, after checking the caller's scope.
 */
@Stateless
@LocalBean
@Local(UnreferencedFiles.class)
public class Pictures implements UnreferencedFiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    Enterprises enterprises;

    @Inject
    Clock clock;

    @Inject
    Uploads uploads;

    public long maxBytes() {
        return uploads.maxBytes();
    }

    public List<EnterprisePicture> list(CallerScope caller, Long enterpriseId) {
        Enterprise enterprise = enterprises.find(caller, enterpriseId);
        return em.createNamedQuery(EnterprisePicture.FIND_BY_ENTERPRISE, EnterprisePicture.class)
                .setParameter("enterpriseId", enterprise.getId()).getResultList();
    }

    /** Stores a picture if its bytes decode as a JPEG, PNG or GIF (or WebP with a reader) within the size limit. */
    public EnterprisePicture add(CallerScope caller, Long enterpriseId, String title, PictureKind kind, byte[] bytes) {
        Enterprise enterprise = enterprises.find(caller, enterpriseId);
        if (title == null || title.isBlank() || title.strip().length() > EnterprisePicture.TITLE_LENGTH) {
            throw new BusinessException("picture.title.required");
        }
        if (kind == null) {
            throw new BusinessException("picture.kind.required");
        }
        ImageCheck.Decoded decoded = uploads.checked(bytes);
        StoredImage image = ImageCheck.stored(UUID.randomUUID().toString(), decoded, bytes.length);
        uploads.store(Uploads.Area.PICTURES, enterprise.getId(), image, bytes, decoded);
        EnterprisePicture picture = new EnterprisePicture(enterprise, title, kind, image, caller.username(),
                LocalDateTime.now(clock));
        em.persist(picture);
        return picture;
    }

    /** Removes the picture; its files go once the removal has committed. */
    public void delete(CallerScope caller, Long pictureId) {
        EnterprisePicture picture = find(caller, pictureId);
        em.remove(picture);
        uploads.deleteAfterCommit(Uploads.Area.PICTURES, picture.getEnterprise().getId(), List.of(picture.getImage()));
    }

    /**
     * Deletes the picture files of each enterprise that no picture refers to and that are older than the
     * configured age (a picture whose insert rolled back after its file was written). Idempotent.
     */
    @Override
    public int sweepUnreferenced() {
        return uploads.sweepArea(Uploads.Area.PICTURES, enterpriseId -> em.createNamedQuery(
                EnterprisePicture.KEYS_BY_ENTERPRISE, String.class).setParameter("enterpriseId", enterpriseId).getResultList());
    }

    /** The file of a picture the caller may see (its thumbnail or the picture itself). */
    public StoredFile open(CallerScope caller, Long pictureId, boolean thumbnail) {
        EnterprisePicture picture = find(caller, pictureId);
        Path directory = directory(picture.getEnterprise().getId());
        return StoredFile.of(directory, picture.getImage(), thumbnail);
    }

    private EnterprisePicture find(CallerScope caller, Long pictureId) {
        EnterprisePicture picture = pictureId == null ? null : em.find(EnterprisePicture.class, pictureId);
        if (picture == null) {
            throw new AccessDeniedException();
        }
        enterprises.find(caller, picture.getEnterprise().getId());
        return picture;
    }

    private Path directory(Long enterpriseId) {
        return uploads.directory(Uploads.Area.PICTURES, enterpriseId);
    }
}
