package cn.gov.wujin.selfcheck.platform.files;

import cn.gov.wujin.selfcheck.platform.BusinessException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.regex.Pattern;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.function.Function;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The uploaded images of an enterprise under {@code ${selfcheck.data.dir}/<area>/<enterprise id>/}: how
 * an upload is judged (size, content, pixels), the enterprise's storage quota over all areas, deletion
 * after the commit, and the sweep of files no record refers to. Only the owning component's boundary
 * decides which files are referenced and who may open them.
 */
@ApplicationScoped
public class Uploads {

    private static final Logger LOG = Logger.getLogger(Uploads.class.getName());

    /** Where each kind of upload lives in the data directory. */
    public enum Area {
        PICTURES("pictures"), HAZARD_PHOTOS("hazard-photos"), HAZARD_ATTACHMENTS("hazard-attachments");

        final String directoryName;

        Area(String directoryName) {
            this.directoryName = directoryName;
        }
    }

    @Inject
    @ConfigProperty(name = "selfcheck.data.dir", defaultValue = "data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "selfcheck.picture.max-bytes", defaultValue = "10485760")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "selfcheck.image.max-pixels", defaultValue = "40000000")
    long maxPixels;

    @Inject
    @ConfigProperty(name = "selfcheck.storage.quota-bytes", defaultValue = "209715200")
    long quotaBytes;

    @Inject
    @ConfigProperty(name = "selfcheck.storage.unreferenced-max-age-hours", defaultValue = "24")
    long unreferencedMaxAgeHours;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public long maxBytes() {
        return maxBytes;
    }

    public Path directory(Area area, long enterpriseId) {
        return Path.of(dataDir, area.directoryName, String.valueOf(enterpriseId));
    }

    /**
     * An upload judged by its content (see {@link ImageCheck}) within the size and pixel limits, or a
     * refusal with a message for the user.
     */
    public ImageCheck.Decoded checked(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new BusinessException("picture.file.required");
        }
        if (bytes.length > maxBytes) {
            throw new BusinessException("picture.tooLarge", maxBytes / (1024 * 1024));
        }
        try {
            return ImageCheck.decode(bytes, maxPixels);
        } catch (ImageCheck.Refused refused) {
            throw switch (refused.reason()) {
                case WEBP_UNSUPPORTED -> new BusinessException("picture.webpUnsupported");
                case TOO_MANY_PIXELS -> new BusinessException("picture.tooManyPixels", maxPixels / 1_000_000);
                case NOT_AN_IMAGE -> new BusinessException("picture.notAnImage");
            };
        }
    }

    /**
     * Stores a checked upload and its thumbnail in the area of the enterprise, unless that would take the
     * enterprise's files (all areas) past the quota. A file of the same name already there is kept and
     * marked as just uploaded, so that the sweep does not take it away before the record referring to it
     * is saved.
     */
    public void store(Area area, long enterpriseId, StoredImage image, byte[] bytes, ImageCheck.Decoded decoded) {
        Path directory = directory(area, enterpriseId);
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(image.fileName());
            Path thumbnailFile = directory.resolve(image.thumbnailName());
            if (!Files.exists(file) || !Files.exists(thumbnailFile)) {
                byte[] thumbnail = ImageCheck.thumbnail(decoded.image());
                refuseOverQuota(enterpriseId, bytes.length + thumbnail.length);
                DataFiles.write(file, bytes);
                DataFiles.write(thumbnailFile, thumbnail);
            }
            FileTime now = FileTime.from(clock.instant());
            Files.setLastModifiedTime(file, now);
            Files.setLastModifiedTime(thumbnailFile, now);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores a checked document ({@link DocumentCheck}) under its name in the area of the enterprise, within
     * the quota; one already there is kept and marked as just uploaded, as {@link #store} does.
     */
    public void storeDocument(Area area, long enterpriseId, String fileName, byte[] bytes) {
        Path directory = directory(area, enterpriseId);
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(fileName);
            if (!Files.exists(file)) {
                refuseOverQuota(enterpriseId, bytes.length);
                DataFiles.write(file, bytes);
            }
            Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void refuseOverQuota(long enterpriseId, long incoming) throws IOException {
        long used = 0;
        for (Area area : Area.values()) {
            used += DataFiles.size(directory(area, enterpriseId));
        }
        if (used + incoming > quotaBytes) {
            throw new BusinessException("storage.quotaExceeded", megabytes(quotaBytes), megabytes(used));
        }
    }

    /** Bytes as megabytes with at most one decimal: 200, 0.5. */
    static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /** Deletes these files (and their thumbnails) once the current transaction has committed; never if it rolls back. */
    public void deleteAfterCommit(Area area, long enterpriseId, Collection<StoredImage> files) {
        if (files.isEmpty()) {
            return;
        }
        Path directory = directory(area, enterpriseId);
        List<StoredImage> deleted = List.copyOf(files);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    deleted.forEach(file -> delete(directory, file));
                }
            }
        });
    }

    private static void delete(Path directory, StoredImage file) {
        try {
            Files.deleteIfExists(directory.resolve(file.fileName()));
            Files.deleteIfExists(directory.resolve(file.thumbnailName()));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Upload " + directory.resolve(file.fileName()) + " not deleted", e);
        }
    }

    /** The enterprises that have a directory in this area. */
    public List<Long> enterprisesWithFiles(Area area) {
        Path root = Path.of(dataDir, area.directoryName);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> directories = Files.list(root)) {
            return directories.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("\\d{1,18}")).map(Long::valueOf).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the files of an enterprise's area whose key is not among the referenced ones and that were
     * last written longer ago than {@code selfcheck.storage.unreferenced-max-age-hours}: uploads of a dialog
     * that was abandoned or whose photo was removed, half-written temporary files. Idempotent.
     */
    /**
     * {@link #sweep} for every enterprise that has files in the area, with the keys its records refer to
     * ({@code referencedKeys} asked per enterprise); returns how many files were deleted.
     */
    public int sweepArea(Area area, Function<Long, Collection<String>> referencedKeys) {
        int deleted = 0;
        for (Long enterpriseId : enterprisesWithFiles(area)) {
            deleted += sweep(area, enterpriseId, new HashSet<>(referencedKeys.apply(enterpriseId)));
        }
        return deleted;
    }

    private static final Pattern STORAGE_KEY = Pattern.compile("[0-9a-f]{64}");

    /** Whether a key a request or a form names is one {@link #sha256} makes: it can never name another path. */
    public static boolean isStorageKey(String key) {
        return key != null && STORAGE_KEY.matcher(key).matches();
    }

    /** The SHA-256 of an upload in hex: the name its file is stored under. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public int sweep(Area area, long enterpriseId, Set<String> referencedKeys) {
        try {
            return DataFiles.sweep(directory(area, enterpriseId), referencedKeys,
                    clock.instant().minus(Duration.ofHours(unreferencedMaxAgeHours)));
        } catch (NoSuchFileException gone) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
