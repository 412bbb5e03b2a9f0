package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.hazard.entity.HazardPhoto;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * 隐患照片. A photo is stored as soon as the 隐患信息填写 dialog uploads it (checked by content as
 * 单位图片 are), under {@code ${selfcheck.data.dir}/hazard-photos/<enterprise id>/<sha-256>.<ext>};
 * saving the draft records it with its hazard. Only this boundary opens the files, after checking scope.
 */
@Stateless
@LocalBean
@Local(UnreferencedFiles.class)
public class HazardPhotos implements UnreferencedFiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    Enterprises enterprises;

    @Inject
    Uploads uploads;


    public long maxBytes() {
        return uploads.maxBytes();
    }

    /** Stores an uploaded photo of the caller's own enterprise if its bytes are an image within the size limit. */
    public StoredImage upload(CallerScope caller, byte[] bytes) {
        return upload(enterprises.own(caller), bytes);
    }

    private StoredImage upload(Enterprise enterprise, byte[] bytes) {
        ImageCheck.Decoded decoded = uploads.checked(bytes);
        StoredImage image = ImageCheck.stored(Uploads.sha256(bytes), decoded, bytes.length);
        uploads.store(Uploads.Area.HAZARD_PHOTOS, enterprise.getId(), image, bytes, decoded);
        return image;
    }

    /**
     * A dialog's or a step's photo upload: refused when the form holds {@link GeneralHazardForm#MAX_PHOTOS}
     * already, else stored and added to the form's photos unless the same file is there.
     */
    public void uploadInto(CallerScope caller, List<StoredImage> photos, byte[] bytes) {
        uploadFor(enterprises.own(caller), photos, bytes);
    }

    /** The same for an enterprise whose scope the caller's boundary has checked (an officer's 代报). */
    public void uploadFor(Enterprise enterprise, List<StoredImage> photos, byte[] bytes) {
        if (photos.size() >= GeneralHazardForm.MAX_PHOTOS) {
            throw new BusinessException("hazard.photos.tooMany");
        }
        StoredImage photo = upload(enterprise, bytes);
        if (photos.stream().noneMatch(p -> p.getStorageKey().equals(photo.getStorageKey()))) {
            photos.add(photo);
        }
    }

    /** Whether the caller's enterprise has this uploaded file (a form's photos are checked again on saving). */
    public boolean isUploaded(Long enterpriseId, StoredImage image) {
        return Uploads.isStorageKey(image.getStorageKey()) && Files.exists(directory(enterpriseId).resolve(image.fileName()));
    }

    /**
     * A photo uploaded in a form and not saved yet: an enterprise sees only its own ({@code enterpriseId}
     * null); an officer, for a 代报, those of an enterprise in scope.
     */
    public StoredFile openUploaded(CallerScope caller, Long enterpriseId, String key, boolean thumbnail) {
        Enterprise enterprise = enterpriseId == null ? enterprises.own(caller) : enterprises.find(caller, enterpriseId);
        // Only a key of 64 hex digits: it can never name another path.
        if (!Uploads.isStorageKey(key)) {
            throw new AccessDeniedException();
        }
        Path directory = directory(enterprise.getId());
        if (thumbnail) {
            return new StoredFile(directory.resolve(key + ".thumb.png"), "image/png");
        }
        for (ImageCheck.Format format : ImageCheck.Format.values()) {
            Path path = directory.resolve(key + "." + format.extension);
            if (Files.exists(path)) {
                return new StoredFile(path, format.mediaType);
            }
        }
        throw new AccessDeniedException();
    }

    /** A saved photo of a hazard whose enterprise lies in the caller's scope. */
    public StoredFile open(CallerScope caller, Long photoId, boolean thumbnail) {
        HazardPhoto photo = photoId == null ? null : em.find(HazardPhoto.class, photoId);
        if (photo == null) {
            throw new AccessDeniedException();
        }
        enterprises.find(caller, photo.getEnterpriseId());
        return StoredFile.of(directory(photo.getEnterpriseId()), photo.getImage(), thumbnail);
    }

    /**
     * After the current transaction commits, deletes the files of these photos that no hazard refers to
     * any more (a draft saved again refers to the same files; a deleted draft lets go of its own).
     */
    public void releaseAfterCommit(Long enterpriseId, Collection<StoredImage> files) {
        if (files.isEmpty()) {
            return;
        }
        em.flush();
        List<StoredImage> unreferenced = files.stream().filter(file -> em.createNamedQuery(HazardPhoto.COUNT_BY_KEY, Long.class)
                .setParameter("enterpriseId", enterpriseId).setParameter("key", file.getStorageKey())
                .getSingleResult() == 0).toList();
        uploads.deleteAfterCommit(Uploads.Area.HAZARD_PHOTOS, enterpriseId, unreferenced);
    }

    /**
     * Deletes the photo files of each enterprise that no hazard refers to and that are older than the
     * configured age: photos removed in the dialog, or uploaded in a dialog that was then abandoned.
     * Idempotent; a photo uploaded again is fresh again (see {@link Uploads#store}).
     */
    @Override
    public int sweepUnreferenced() {
        return uploads.sweepArea(Uploads.Area.HAZARD_PHOTOS, enterpriseId -> em.createNamedQuery(HazardPhoto.KEYS_BY_ENTERPRISE, String.class)
                .setParameter("enterpriseId", enterpriseId).getResultList());
    }

    private Path directory(Long enterpriseId) {
        return uploads.directory(Uploads.Area.HAZARD_PHOTOS, enterpriseId);
    }

}
