package cn.gov.wujin.selfcheck.enterprise;

import cn.gov.wujin.selfcheck.testing.Demo;
import cn.gov.wujin.selfcheck.testing.JsfClient;
import cn.gov.wujin.selfcheck.testing.PayaraServer;
import cn.gov.wujin.selfcheck.testing.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Uploads that must not hurt the server (issue 8, section 6): a decompression bomb as a picture and as a
 * hazard photo, the per-enterprise storage quota, the headers of a file, and the sweep of unreferenced
 * files. On a server of its own, with a quota of 0.5 MB and a clock no other test moves.
 */
class UploadSafetyIT {

    private static final long QUOTA = 512 * 1024;
    private static final String TOO_MANY_PIXELS = "图片像素过大（超过 40 百万像素）";
    private static final String QUOTA_EXCEEDED = "存储空间已达上限（0.5 MB";

    private static PayaraServer.Instance server;

    @BeforeAll
    static void start() {
        server = PayaraServer.launch("server-uploads", List.of("selfcheck.storage.quota-bytes=" + QUOTA));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static JsfClient enterprise(String name) {
        JsfClient client = new JsfClient(server.baseUrl());
        client.loginEnterprise(name, Demo.INITIAL_PASSWORD, Demo.NEW_PASSWORD, PayaraServer.CAPTCHA);
        assertEquals(200, client.get("/enterprise/profile.xhtml").statusCode(), "logged in as " + name);
        return client;
    }

    private static HttpResponse<String> uploadPicture(JsfClient client, String title, byte[] bytes) {
        HttpResponse<String> page = client.get("/enterprise/profile.xhtml");
        return client.postMultipart("/enterprise/profile.xhtml", page.body(), "pictureForm",
                Map.of("pictureForm:title", title, "pictureForm:kind", "WAREHOUSE", "pictureForm:upload", ""),
                "pictureForm:file", title + ".png", bytes);
    }

    /** An upload in the 一般隐患 dialog of a new self-inspection (PrimeFaces' AJAX upload). */
    private static HttpResponse<String> uploadHazardPhoto(JsfClient client, String fileName, byte[] bytes) {
        HttpResponse<String> form = client.get("/enterprise/inspection.xhtml");
        assertEquals(200, form.statusCode());
        return client.postAjaxUpload("/enterprise/inspection.xhtml", JsfClient.viewState(form.body()), "generalForm",
                "generalForm:photoUpload", "generalForm:photos generalForm:messages", fileName, bytes);
    }

    private static String uploadedKey(HttpResponse<String> answer) {
        Matcher key = Pattern.compile("hazard-photo\\?key=([0-9a-f]{64})").matcher(answer.body());
        assertTrue(key.find(), "the photo shows in the dialog: " + answer.body());
        return key.group(1);
    }

    /** A PNG of random pixels, which does not compress: about 3 bytes per pixel. */
    private static byte[] noise(int size, long seed) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static void assertStillServing() {
        assertEquals(200, new JsfClient(server.baseUrl()).get("/login.xhtml").statusCode(), "the server keeps serving");
    }

    @Test
    void aDecompressionBombIsRefusedAsAPictureAndTheServerKeepsServing() {
        JsfClient client = enterprise(Demo.HUTANG_MACHINERY);
        byte[] bomb = TestFiles.pngBomb(20_000, 20_000);
        assertTrue(bomb.length < 2 * 1024 * 1024, "a small file that decodes to 1.6 GB");

        HttpResponse<String> refused = uploadPicture(client, "炸弹", bomb);

        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains(TOO_MANY_PIXELS), refused.body());
        assertFalse(client.get("/enterprise/profile.xhtml").body().contains("picture?id="), "nothing was stored");
        assertEquals(200, client.follow("/index.xhtml").statusCode(), "the home page answers");
        assertStillServing();
    }

    @Test
    void aDecompressionBombIsRefusedAsAHazardPhotoAndTheServerKeepsServing() {
        JsfClient client = enterprise(Demo.HUTANG_MACHINERY);

        HttpResponse<String> refused = uploadHazardPhoto(client, "bomb.png", TestFiles.pngBomb(20_000, 20_000));

        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("<partial-response"), refused.body());
        assertTrue(refused.body().contains(TOO_MANY_PIXELS), refused.body());
        assertFalse(refused.body().contains("hazard-photo?key="), "no photo was added");
        assertEquals(200, client.follow("/index.xhtml").statusCode(), "the home page answers");
        assertStillServing();
    }

    @Test
    void theQuotaRefusesMorePicturesAndThenHazardPhotos() throws IOException {
        JsfClient client = enterprise(Demo.NIUTANG_FOUNDRY);
        int accepted = 0;
        HttpResponse<String> answer = null;
        for (int i = 0; i < 10; i++) {
            answer = uploadPicture(client, "噪点" + i, noise(160, i));
            if (answer.body().contains(QUOTA_EXCEEDED)) {
                break;
            }
            assertTrue(answer.body().contains("图片已添加"), answer.body());
            accepted++;
        }
        assertTrue(accepted >= 1 && accepted < 10, "some pictures fit, then the quota refused: " + accepted);
        assertTrue(answer.body().contains(QUOTA_EXCEEDED), answer.body());

        HttpResponse<String> photo = uploadHazardPhoto(client, "photo.png", noise(160, 99));
        assertTrue(photo.body().contains(QUOTA_EXCEEDED), "hazard photos count against the same quota: " + photo.body());
        assertFalse(photo.body().contains("hazard-photo?key="));
    }

    @Test
    void aFileIsSentWithItsHeaders() throws IOException {
        JsfClient client = enterprise(Demo.XIHU_REAGENTS);
        uploadPicture(client, "门头", noise(40, 7));
        Matcher picture = Pattern.compile("picture\\?id=(\\d+)").matcher(client.get("/enterprise/profile.xhtml").body());
        assertTrue(picture.find());

        HttpResponse<byte[]> file = client.getBytes("/picture?id=" + picture.group(1));

        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));
        assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("private, no-store", file.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("inline", file.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(file.headers().allValues("Content-Security-Policy").stream().anyMatch(p -> p.contains("frame-ancestors 'none'")));
        assertEquals(404, client.getBytes("/picture?id=abc").statusCode(), "a malformed id");
        assertEquals(403, client.getBytes("/picture?id=987654321").statusCode(), "an unknown id, as one out of scope");
    }

    @Test
    void theSweepDeletesOldUnreferencedUploadsAndKeepsReferencedAndRecentOnes() throws IOException {
        JsfClient client = enterprise(Demo.LUOYANG_LOGISTICS);
        uploadPicture(client, "仓库", noise(40, 11));
        String abandoned = uploadedKey(uploadHazardPhoto(client, "old.png", noise(40, 12)));
        String recent = uploadedKey(uploadHazardPhoto(client, "new.png", noise(40, 13)));
        Path photos = onlyDirectoryHolding(server.dataDir().resolve("hazard-photos"), abandoned + ".png");
        Path pictures = server.dataDir().resolve("pictures").resolve(photos.getFileName());
        FileTime twoDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(2)));
        Files.setLastModifiedTime(photos.resolve(abandoned + ".png"), twoDaysAgo);
        Files.setLastModifiedTime(photos.resolve(abandoned + ".thumb.png"), twoDaysAgo);
        List<Path> picture = list(pictures);
        assertEquals(2, picture.size(), "the picture and its thumbnail: " + picture);
        for (Path file : picture) {
            Files.setLastModifiedTime(file, twoDaysAgo);
        }
        Path stray = Files.write(pictures.resolve("0123abcd.png"), noise(8, 14));
        Files.setLastModifiedTime(stray, twoDaysAgo);

        HttpResponse<String> swept = new JsfClient(server.baseUrl()).post("/test-support/sweep-uploads");

        assertEquals(200, swept.statusCode());
        assertFalse(Files.exists(photos.resolve(abandoned + ".png")), "an abandoned photo older than a day");
        assertFalse(Files.exists(photos.resolve(abandoned + ".thumb.png")));
        assertFalse(Files.exists(stray), "a picture file no picture refers to");
        assertTrue(Files.exists(photos.resolve(recent + ".png")), "a photo uploaded just now may still be saved");
        assertTrue(Files.exists(photos.resolve(recent + ".thumb.png")));
        assertEquals(picture, list(pictures), "the files of a picture are kept however old");
        Matcher id = Pattern.compile("picture\\?id=(\\d+)").matcher(client.get("/enterprise/profile.xhtml").body());
        assertTrue(id.find());
        assertEquals(200, client.getBytes("/picture?id=" + id.group(1)).statusCode());

        new JsfClient(server.baseUrl()).post("/test-support/sweep-uploads");
        assertTrue(Files.exists(photos.resolve(recent + ".png")), "a second run changes nothing");
        assertEquals(picture, list(pictures));
    }

    private static Path onlyDirectoryHolding(Path area, String fileName) throws IOException {
        try (Stream<Path> directories = Files.list(area)) {
            List<Path> holding = directories.filter(d -> Files.exists(d.resolve(fileName))).toList();
            assertEquals(1, holding.size(), fileName);
            return holding.get(0);
        }
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }
}
