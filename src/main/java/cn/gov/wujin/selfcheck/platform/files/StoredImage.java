package cn.gov.wujin.selfcheck.platform.files;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/**
 * An image file under the data directory, checked by content when it was uploaded: the key its file
 * is named by, its format (the file's extension), media type, size and pixel dimensions. Pictures and
 * hazard photos both keep one.
 */
@Embeddable
public class StoredImage implements Serializable {

    @Column(name = "storage_key", nullable = false, length = 64)
    private String storageKey;

    @Column(nullable = false, length = 8)
    private String format;

    @Column(name = "media_type", nullable = false, length = 32)
    private String mediaType;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    protected StoredImage() {
    }

    public StoredImage(String storageKey, String format, String mediaType, long byteSize, int width, int height) {
        this.storageKey = Objects.requireNonNull(storageKey);
        this.format = Objects.requireNonNull(format);
        this.mediaType = Objects.requireNonNull(mediaType);
        this.byteSize = byteSize;
        this.width = width;
        this.height = height;
    }

    /** An equal copy, for another entity to embed (an embedded value belongs to one entity). */
    public StoredImage copy() {
        return new StoredImage(storageKey, format, mediaType, byteSize, width, height);
    }

    /** The file's name in its directory: {@code <key>.<format>}. */
    public String fileName() {
        return storageKey + "." + format;
    }

    /** The name of its thumbnail (PNG) in the same directory. */
    public String thumbnailName() {
        return storageKey + ".thumb.png";
    }

    public String getStorageKey() { return storageKey; }
    public String getFormat() { return format; }
    public String getMediaType() { return mediaType; }
    public long getByteSize() { return byteSize; }
    public int getWidth() { return width; }
    public int getHeight() { return height; }
}
