package cn.gov.wujin.selfcheck.notice.entity;

import cn.gov.wujin.selfcheck.platform.files.DocumentCheck;

import java.io.Serializable;

/** A notice attachment as lists show it: no content (getters: Jakarta EL 5 does not read records). */
public final class AttachmentInfo implements Serializable {

    private final Long id;
    private final String fileName;
    private final DocumentCheck.Format format;
    private final long byteSize;

    public AttachmentInfo(Long id, String fileName, DocumentCheck.Format format, long byteSize) {
        this.id = id;
        this.fileName = fileName;
        this.format = format;
        this.byteSize = byteSize;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public DocumentCheck.Format getFormat() {
        return format;
    }

    public long getByteSize() {
        return byteSize;
    }

    /** The size as a reader sees it: 12 KB, 1.5 MB. */
    public String getSizeText() {
        return byteSize < 1024 * 1024 ? Math.max(1, byteSize / 1024) + " KB"
                : String.format("%.1f MB", byteSize / (1024.0 * 1024.0));
    }
}
