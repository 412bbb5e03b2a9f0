package cn.gov.wujin.selfcheck.hazard.entity;

import cn.gov.wujin.selfcheck.platform.files.DocumentCheck;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

/**
 * An attachment's file: stored as {@code <sha-256>.<extension>} (the extension of what its bytes were
 * found to be), shown and downloaded under the name it was uploaded with.
 */
@Embeddable
public class AttachedFile implements Serializable {

    @Column(name = "storage_key", nullable = false, length = 64)
    private String storageKey;

    @Column(nullable = false, length = 8)
    private String format;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;

    protected AttachedFile() {
    }

    public AttachedFile(String storageKey, DocumentCheck.Format format, long byteSize, String fileName) {
        this.storageKey = Objects.requireNonNull(storageKey);
        this.format = format.extension;
        this.mediaType = format.mediaType;
        this.byteSize = byteSize;
        this.fileName = Objects.requireNonNull(fileName);
    }

    AttachedFile(AttachedFile other) {
        this(other.storageKey, DocumentCheck.Format.byExtension(other.format).orElseThrow(), other.byteSize, other.fileName);
    }

    /** The file's name in its directory. */
    public String storedName() {
        return storageKey + "." + format;
    }

    public String getStorageKey() { return storageKey; }
    public String getFormat() { return format; }
    public String getMediaType() { return mediaType; }
    public long getByteSize() { return byteSize; }
    public String getFileName() { return fileName; }
}
