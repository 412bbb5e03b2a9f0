package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
import cn.gov.wujin.selfcheck.enterprise.boundary.Pictures;
import cn.gov.wujin.selfcheck.enterprise.control.ImageCheck;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.hazard.entity.HazardPhoto;
import cn.gov.wujin.selfcheck.hazard.entity.PhotoFile;
import cn.gov.wujin.selfcheck.platform.files.DataFiles;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 隐患照片. A photo is stored as soon as the 隐患信息填写 dialog uploads it (checked by content as
 * 单位图片 are), under {@code ${selfcheck.data.dir}/hazard-photos/<enterprise id>/<sha-256>.<ext>};
 * saving the draft records it with its hazard. Only this boundary opens the files, after checking scope.
 */
@Stateless
public class HazardPhotos {

    private static final Logger LOG = Logger.getLogger(HazardPhotos.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Enterprises enterprises;

    @Inject
    Pictures pictures;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "selfcheck.data.dir", defaultValue = "data")
    String dataDir;

    /** A photo file to send, with its media type. */
    public record Photo(Path path, String mediaType) {
    }

    public long maxBytes() {
        return pictures.maxBytes();
    }

    /** Stores an uploaded photo of the caller's own enterprise if its bytes are an image within the size limit. */
    public PhotoFile upload(CallerScope caller, byte[] bytes) {
        Enterprise enterprise = enterprises.own(caller);
        ImageCheck.Decoded decoded = Pictures.checkedImage(bytes, pictures.maxBytes());
        String key = sha256(bytes);
        PhotoFile file = new PhotoFile(key, decoded.format().extension, decoded.format().mediaType, bytes.length,
                decoded.image().getWidth(), decoded.image().getHeight());
        Path directory = directory(enterprise.getId());
        try {
            Files.createDirectories(directory);
            if (!Files.exists(original(directory, file.getKey(), file.getFormat()))) {
                DataFiles.write(original(directory, file.getKey(), file.getFormat()), bytes);
                DataFiles.write(directory.resolve(key + ".thumb.png"), ImageCheck.thumbnail(decoded.image()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Whether the caller's enterprise has this uploaded file (a form's photos are checked again on saving). */
    public boolean isUploaded(Long enterpriseId, PhotoFile file) {
        return Files.exists(original(directory(enterpriseId), file.getKey(), file.getFormat()));
    }

    /** A photo the caller uploaded in the dialog and has not saved yet: only its own enterprise may see it. */
    public Photo openUploaded(CallerScope caller, String key, boolean thumbnail) {
        Enterprise enterprise = enterprises.own(caller);
        if (!PhotoFile.isKey(key)) {
            throw new AccessDeniedException();
        }
        Path directory = directory(enterprise.getId());
        if (thumbnail) {
            return new Photo(directory.resolve(key + ".thumb.png"), "image/png");
        }
        for (ImageCheck.Format format : ImageCheck.Format.values()) {
            Path path = original(directory, key, format.extension);
            if (Files.exists(path)) {
                return new Photo(path, format.mediaType);
            }
        }
        throw new AccessDeniedException();
    }

    /** A saved photo of a hazard whose enterprise lies in the caller's scope. */
    public Photo open(CallerScope caller, Long photoId, boolean thumbnail) {
        HazardPhoto photo = photoId == null ? null : em.find(HazardPhoto.class, photoId);
        if (photo == null) {
            throw new AccessDeniedException();
        }
        enterprises.find(caller, photo.getEnterpriseId());
        Path directory = directory(photo.getEnterpriseId());
        return thumbnail ? new Photo(directory.resolve(photo.getStorageKey() + ".thumb.png"), "image/png")
                : new Photo(original(directory, photo.getStorageKey(), photo.getFormat()), photo.getMediaType());
    }

    /**
     * After the current transaction commits, deletes the files of these photos that no hazard refers to
     * any more (a draft saved again refers to the same files; a deleted draft lets go of its own).
     */
    public void releaseAfterCommit(Long enterpriseId, Collection<PhotoFile> files) {
        if (files.isEmpty()) {
            return;
        }
        em.flush();
        List<PhotoFile> unreferenced = files.stream().filter(file -> em.createNamedQuery(HazardPhoto.COUNT_BY_KEY, Long.class)
                .setParameter("enterpriseId", enterpriseId).setParameter("key", file.getKey())
                .getSingleResult() == 0).toList();
        if (unreferenced.isEmpty()) {
            return;
        }
        Path directory = directory(enterpriseId);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    unreferenced.forEach(file -> delete(directory, file));
                }
            }
        });
    }

    private static void delete(Path directory, PhotoFile file) {
        try {
            Files.deleteIfExists(original(directory, file.getKey(), file.getFormat()));
            Files.deleteIfExists(directory.resolve(file.getKey() + ".thumb.png"));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Hazard photo " + file.getKey() + " not deleted", e);
        }
    }

    private static Path original(Path directory, String key, String format) {
        return directory.resolve(key + "." + format);
    }

    private Path directory(Long enterpriseId) {
        return Path.of(dataDir, "hazard-photos", String.valueOf(enterpriseId));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
