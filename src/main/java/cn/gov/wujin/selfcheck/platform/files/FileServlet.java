package cn.gov.wujin.selfcheck.platform.files;

import cn.gov.wujin.selfcheck.platform.security.AccessDeniedException;
import cn.gov.wujin.selfcheck.platform.security.Caller;
import cn.gov.wujin.selfcheck.platform.security.CallerScope;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/**
 * The one way a file is sent (pictures, hazard photos, standard downloads): the subclass looks the
 * request up in the caller's scope; an unknown or malformed id answers 404, a refusal of the scope 403,
 * and a file is sent with its media type, {@code X-Content-Type-Options: nosniff},
 * {@code Cache-Control: private, no-store} (every file is behind the login) and a Content-Disposition.
 */
public abstract class FileServlet extends HttpServlet {

    @Inject
    Caller currentUser;

    /**
     * The logged-in caller whose scope the boundary checks; nobody logged in is refused (403) here, even
     * where web.xml would already have kept the request out.
     */
    protected CallerScope caller() {
        if (!currentUser.isLoggedIn()) {
            throw new AccessDeniedException();
        }
        return currentUser.scope();
    }

    /** Thrown by a look-up for a request that names nothing (no or a malformed id, a vanished record): 404. */
    protected static final class NotFound extends RuntimeException {
        public NotFound() {
            super(null, null, false, false);
        }
    }

    /** What to send: a stored file, or bytes made for this request; inline (shown) or as an attachment (saved). */
    protected record Download(StoredFile file, byte[] content, String mediaType, String fileName, boolean attachment) {

        /** A stored file, shown in the browser (an image). */
        public static Download inline(StoredFile file) {
            return new Download(file, null, file.mediaType(), null, false);
        }

        /** A stored file, saved under the given file name (an uploaded document). */
        public static Download attachment(StoredFile file, String fileName) {
            return new Download(file, null, file.mediaType(), fileName, true);
        }

        /** Bytes made for this request, saved under the given file name. */
        public static Download attachment(byte[] content, String mediaType, String fileName) {
            return new Download(null, content, mediaType, fileName, true);
        }
    }

    /**
     * The file the request asks for, checked against the caller's scope by the boundary: throws
     * {@link AccessDeniedException} (403) or {@link NotFound} (404).
     */
    protected abstract Download lookUp(HttpServletRequest request) throws IOException;

    /** The required numeric parameter, or {@link NotFound}. */
    protected static long idParameter(HttpServletRequest request, String name) {
        try {
            return Long.parseLong(request.getParameter(name));
        } catch (NumberFormatException e) {
            throw new NotFound();
        }
    }

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Download download;
        byte[] bytes;
        try {
            download = lookUp(request);
            bytes = download.content() != null ? download.content() : Files.readAllBytes(download.file().path());
        } catch (NotFound | NoSuchFileException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(download.mediaType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", contentDisposition(download));
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String contentDisposition(Download download) {
        String type = download.attachment() ? "attachment" : "inline";
        if (download.fileName() == null) {
            return type;
        }
        return type + "; filename*=UTF-8''" + URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    }
}
