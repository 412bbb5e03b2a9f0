package cn.gov.wujin.selfcheck.enterprise.boundary;

import cn.gov.wujin.selfcheck.enterprise.control.ImageCheck;
import cn.gov.wujin.selfcheck.enterprise.entity.Enterprise;
import cn.gov.wujin.selfcheck.enterprise.entity.EnterprisePicture;
import cn.gov.wujin.selfcheck.enterprise.entity.PictureKind;
import cn.gov.wujin.selfcheck.platform.BusinessException;
import cn.gov.wujin.selfcheck.platform.files.DataFiles;
import cn.gov.wujin.selfcheck.platform.files.StoredFile;
import cn.gov.wujin.selfcheck.platform.files.StoredImage;
import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 单位图片信息. The files live under {@code ${selfcheck.data.dir}/pictures/<enterprise id>/}
 * named by a random key; only this boundary opens them, after checking the caller's scope.
 */
@Stateless
public class Pictures {

    private static final Logger LOG = Logger.getLogger(Pictures.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Enterprises enterprises;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "selfcheck.data.dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "selfcheck.picture.max-bytes", defaultValue = "10485760")
    long maxBytes;

    public long maxBytes() {
        return maxBytes;
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
        ImageCheck.Decoded decoded = checkedImage(bytes, maxBytes);
        StoredImage image = ImageCheck.stored(UUID.randomUUID().toString(), decoded, bytes.length);
        Path directory = directory(enterprise.getId());
        try {
            Files.createDirectories(directory);
            DataFiles.write(directory.resolve(image.fileName()), bytes);
            DataFiles.write(directory.resolve(image.thumbnailName()), ImageCheck.thumbnail(decoded.image()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EnterprisePicture picture = new EnterprisePicture(enterprise, title, kind, image, caller.username(),
                LocalDateTime.now(clock));
        em.persist(picture);
        return picture;
    }

    /**
     * An upload judged by its content (see {@link ImageCheck}) within a size limit, or a refusal with
     * a message for the user. Hazard photos are checked the same way.
     */
    public static ImageCheck.Decoded checkedImage(byte[] bytes, long maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new BusinessException("picture.file.required");
        }
        if (bytes.length > maxBytes) {
            throw new BusinessException("picture.tooLarge", maxBytes / (1024 * 1024));
        }
        try {
            return ImageCheck.decode(bytes);
        } catch (ImageCheck.Refused refused) {
            throw new BusinessException(refused.reason() == ImageCheck.Refusal.WEBP_UNSUPPORTED
                    ? "picture.webpUnsupported" : "picture.notAnImage");
        }
    }

    public void delete(CallerScope caller, Long pictureId) {
        EnterprisePicture picture = find(caller, pictureId);
        em.remove(picture);
        Path directory = directory(picture.getEnterprise().getId());
        try {
            Files.deleteIfExists(directory.resolve(picture.getImage().fileName()));
            Files.deleteIfExists(directory.resolve(picture.getImage().thumbnailName()));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Picture file of " + pictureId + " not deleted", e);
        }
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
        return Path.of(dataDir, "pictures", String.valueOf(enterpriseId));
    }
}
