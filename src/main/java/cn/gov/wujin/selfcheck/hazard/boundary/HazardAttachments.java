package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.hazard.entity.AttachedFile;
import cn.gov.wujin.selfcheck.hazard.entity.HazardAttachment;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.files.DocumentCheck;
import cn.gov.wujin.selfcheck.platform.files.StoredFile;
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
import java.util.List;

/**
 * 附件 of a trail row (the evaluation of 申请验收): PDF, Office documents and images, checked by their
 * bytes ({@link DocumentCheck}) and by size, stored for the enterprise under
 * {@code ${selfcheck.data.dir}/hazard-attachments/<enterprise id>/<sha-256>.<ext>} as soon as they are
 * uploaded and recorded with the step. Only this boundary opens the files, after checking scope.
 */
@Stateless
@LocalBean
@Local(UnreferencedFiles.class)
public class HazardAttachments implements UnreferencedFiles {

    /** At most this many files go with one step. */
    public static final int MAX_FILES = 5;


    @PersistenceContext
    EntityManager em;

    @Inject
    Enterprises enterprises;

    @Inject
    Uploads uploads;

    public long maxBytes() {
        return uploads.maxBytes();
    }

    /**
     * Stores an upload of the caller's own enterprise if its bytes are an accepted document within the size
     * limit, and adds it to the step's pending files unless the same file is there already.
     */
    public void uploadInto(CallerScope caller, List<AttachedFile> pending, String submittedName, byte[] bytes) {
        Enterprise enterprise = enterprises.own(caller);
        if (pending.size() >= MAX_FILES) {
            throw new BusinessException("attachment.tooMany", MAX_FILES);
        }
        if (bytes == null || bytes.length == 0) {
            throw new BusinessException("attachment.empty");
        }
        if (bytes.length > uploads.maxBytes()) {
            throw new BusinessException("attachment.tooLarge", uploads.maxBytes() / (1024 * 1024));
        }
        DocumentCheck.Format format = DocumentCheck.detect(bytes)
                .orElseThrow(() -> new BusinessException("attachment.type"));
        AttachedFile file = new AttachedFile(Uploads.sha256(bytes), format, bytes.length, DocumentCheck.displayName(submittedName, format));
        uploads.storeDocument(Uploads.Area.HAZARD_ATTACHMENTS, enterprise.getId(), file.storedName(), bytes);
        if (pending.stream().noneMatch(f -> f.getStorageKey().equals(file.getStorageKey()))) {
            pending.add(file);
        }
    }

    /** Whether every pending file was uploaded for this enterprise (checked again when the step is saved). */
    public void requireUploaded(Long enterpriseId, List<AttachedFile> files) {
        if (files.size() > MAX_FILES) {
            throw new BusinessException("attachment.tooMany", MAX_FILES);
        }
        for (AttachedFile file : files) {
            if (!Uploads.isStorageKey(file.getStorageKey()) || !Files.exists(directory(enterpriseId).resolve(file.storedName()))) {
                throw new BusinessException("attachment.missing");
            }
        }
    }

    /** A recorded attachment of a hazard whose enterprise lies in the caller's scope, with the name to offer. */
    public Download open(CallerScope caller, Long attachmentId) {
        HazardAttachment attachment = attachmentId == null ? null : em.find(HazardAttachment.class, attachmentId);
        if (attachment == null) {
            throw new AccessDeniedException();
        }
        enterprises.find(caller, attachment.getEnterpriseId());
        AttachedFile file = attachment.getFile();
        return new Download(new StoredFile(directory(attachment.getEnterpriseId()).resolve(file.storedName()), file.getMediaType()),
                file.getFileName());
    }

    /** A file to send and the name to send it under. */
    public record Download(StoredFile file, String fileName) {
    }

    /** Deletes uploads no step refers to once they are older than the configured age (abandoned forms). */
    @Override
    public int sweepUnreferenced() {
        return uploads.sweepArea(Uploads.Area.HAZARD_ATTACHMENTS, enterpriseId -> em.createNamedQuery(
                HazardAttachment.KEYS_BY_ENTERPRISE, String.class).setParameter("enterpriseId", enterpriseId).getResultList());
    }

    private Path directory(Long enterpriseId) {
        return uploads.directory(Uploads.Area.HAZARD_ATTACHMENTS, enterpriseId);
    }

}
