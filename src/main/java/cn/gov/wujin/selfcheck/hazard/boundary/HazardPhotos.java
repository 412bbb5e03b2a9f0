package cn.gov.wujin.selfcheck.hazard.boundary;

import cn.gov.wujin.selfcheck.enterprise.boundary.Enterprises;
import cn.gov.wujin.selfcheck.enterprise.boundary.Pictures;
import cn.gov.wujin.selfcheck.enterprise.control.ImageCheck;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.hazard.entity.HazardPhoto;
import cn.gov.wujin.selfcheck.platform.files.DataFiles;
import cn.gov.wujin.selfcheck.platform.files.StoredFile;
import cn.gov.wujin.selfcheck.platform.files.StoredImage;
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
import java.util.regex.Pattern;

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

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    public long maxBytes() {
        return pictures.maxBytes();
    }

    /** Stores an uploaded photo of the caller's own enterprise if its bytes are an image within the size limit. */
    public StoredImage upload(CallerScope caller, byte[] bytes) {
        Enterprise enterprise = enterprises.own(caller);
        ImageCheck.Decoded decoded = Pictures.checkedImage(bytes, pictures.maxBytes());
        StoredImage image = ImageCheck.stored(sha256(bytes), decoded, bytes.length);
        Path directory = directory(enterprise.getId());
        try {
            Files.createDirectories(directory);
            if (!Files.exists(directory.resolve(image.fileName()))) {
                DataFiles.write(directory.resolve(image.fileName()), bytes);
                DataFiles.write(directory.resolve(image.thumbnailName()), ImageCheck.thumbnail(decoded.image()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return image;
    }

    /** Whether the caller's enterprise has this uploaded file (a form's photos are checked again on saving). */
    public boolean isUploaded(Long enterpriseId, StoredImage image) {
        return KEY.matcher(image.getStorageKey()).matches() && Files.exists(directory(enterpriseId).resolve(image.fileName()));
    }

    /** A photo the caller uploaded in the dialog and has not saved yet: only its own enterprise may see it. */
    public StoredFile openUploaded(CallerScope caller, String key, boolean thumbnail) {
        Enterprise enterprise = enterprises.own(caller);
        // Only a key of 64 hex digits: it can never name another path.
        if (key == null || !KEY.matcher(key).matches()) {
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

    private static void delete(Path directory, StoredImage file) {
        try {
            Files.deleteIfExists(directory.resolve(file.fileName()));
            Files.deleteIfExists(directory.resolve(file.thumbnailName()));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Hazard photo " + file.getStorageKey() + " not deleted", e);
        }
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
