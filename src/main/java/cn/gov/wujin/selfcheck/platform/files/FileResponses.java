package cn.gov.wujin.selfcheck.platform.files;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Sends a stored file the caller was found entitled to; a missing file answers 404. */
public final class FileResponses {

    private FileResponses() {
    }

    public static void send(HttpServletResponse response, Path path, String mediaType) throws IOException {
        try {
            byte[] bytes = Files.readAllBytes(path);
            response.setContentType(mediaType);
            response.setHeader("Cache-Control", "private, max-age=3600");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
        } catch (NoSuchFileException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
