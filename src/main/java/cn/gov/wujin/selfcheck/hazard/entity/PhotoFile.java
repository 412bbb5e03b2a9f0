package cn.gov.wujin.selfcheck.hazard.entity;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stored photo file of an enterprise, checked by content when it was uploaded: its SHA-256 key,
 * format and size. The dialog holds these until the draft is saved.
 */
public final class PhotoFile implements Serializable {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    private final String key;
    private final String format;
    private final String mediaType;
    private final long byteSize;
    private final int width;
    private final int height;

    public PhotoFile(String key, String format, String mediaType, long byteSize, int width, int height) {
        if (!isKey(key)) {
            throw new IllegalArgumentException("not a photo key");
        }
        this.key = key;
        this.format = Objects.requireNonNull(format);
        this.mediaType = Objects.requireNonNull(mediaType);
        this.byteSize = byteSize;
        this.width = width;
        this.height = height;
    }

    /** Whether a text is a photo key (64 lower-case hex digits), so that it can never name another path. */
    public static boolean isKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    public String getKey() { return key; }
    public String getFormat() { return format; }
    public String getMediaType() { return mediaType; }
    public long getByteSize() { return byteSize; }
    public int getWidth() { return width; }
    public int getHeight() { return height; }
}
