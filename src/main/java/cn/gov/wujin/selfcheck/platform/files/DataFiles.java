package cn.gov.wujin.selfcheck.platform.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

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

    /** The bytes the regular files directly in a directory take; 0 when there is no such directory. */
    public static long size(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }

    /**
     * Deletes the files directly in a directory whose key (the name up to its first dot) is not referenced
     * and that were last modified before the cutoff; returns how many were deleted. Safe to run again.
     */
    public static int sweep(Path directory, Set<String> referencedKeys, Instant cutoff) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(Files::isRegularFile).toList();
        }
        int deleted = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            String key = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
            if (!referencedKeys.contains(key) && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)
                    && Files.deleteIfExists(file)) {
                deleted++;
            }
        }
        return deleted;
    }
}
