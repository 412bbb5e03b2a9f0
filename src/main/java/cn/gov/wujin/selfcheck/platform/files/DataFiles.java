package cn.gov.wujin.selfcheck.platform.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Files under the data directory: written whole or not at all. */
public final class DataFiles {

    private DataFiles() {
    }

    /** Writes through a temporary file in the same directory and an atomic move, so no reader sees half a file. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), "upload-", ".part");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
