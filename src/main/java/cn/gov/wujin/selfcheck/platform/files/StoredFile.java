package cn.gov.wujin.selfcheck.platform.files;

import java.nio.file.Path;

/** A file under the data directory that a caller was found entitled to, with the media type to send it as. */
public record StoredFile(Path path, String mediaType) {

    /** A stored image in its directory, or its PNG thumbnail. */
    public static StoredFile of(Path directory, StoredImage image, boolean thumbnail) {
        return thumbnail ? new StoredFile(directory.resolve(image.thumbnailName()), "image/png")
                : new StoredFile(directory.resolve(image.fileName()), image.getMediaType());
    }
}
