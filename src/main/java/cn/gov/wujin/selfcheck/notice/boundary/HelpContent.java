package cn.gov.wujin.selfcheck.notice.boundary;

import cn.gov.wujin.selfcheck.notice.control.HelpFile;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;

/**
 * The initial content of 在线帮助, 常见问题 and 政策法规, loaded once into an empty article table (by the
 * application, not a migration, so that the authority edits it like any article): this system's manual,
 * one article per module, the questions new users ask, and the regulations the system follows.
 */
@Singleton
@Startup
@DependsOn("Database")
public class HelpContent {

    private static final Logger LOG = Logger.getLogger(HelpContent.class.getName());
    private static final String FOLDER = "/help/";

    @Inject
    Articles articles;

    @PostConstruct
    void loadIntoAnEmptyDatabase() {
        if (articles.countAll() > 0) {
            return;
        }
        List<String> files = read("index.txt").lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        // Loaded last, shown first: the lists put the newest first, and the files are in reading order.
        for (int i = files.size() - 1; i >= 0; i--) {
            String file = files.get(i);
            HelpFile help = HelpFile.parse(read(file));
            articles.load(help.kind(), help.title(), help.body(), help.issuer(), help.number(), help.date());
        }
        LOG.info(() -> "Loaded " + files.size() + " help articles into the empty database");
    }

    private static String read(String name) {
        try (InputStream in = HelpContent.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing help file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
