package cn.gov.wujin.selfcheck.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The components depend on each other in one direction only (design notes, "Components"), read from the imports. */
class ComponentDependencyTest {

    private static final Path SOURCES = Path.of("src/main/java/cn/gov/wujin/selfcheck");
    private static final String ROOT = "cn.gov.wujin.selfcheck.";

    /** Component → the components it must never import. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "platform", List.of("account", "enterprise", "standard", "inspection", "hazard", "notice", "management", "statistics"),
            "enterprise", List.of("account", "notice", "standard", "inspection", "hazard", "management", "statistics"),
            "standard", List.of("inspection", "hazard", "notice", "account", "management", "statistics"),
            "hazard", List.of("inspection", "account", "management", "statistics"),
            "notice", List.of("inspection", "hazard", "management", "statistics"),
            "account", List.of("management", "inspection", "hazard", "statistics"),
            "inspection", List.of("management", "statistics"),
            "management", List.of("statistics"));

    @Test
    void noComponentImportsOneThatDependsOnIt() {
        for (Map.Entry<String, List<String>> rule : FORBIDDEN.entrySet()) {
            Path component = SOURCES.resolve(rule.getKey());
            assertFalse(javaFiles(component).isEmpty(), "no sources under " + component.toAbsolutePath());
            List<String> offending = javaFiles(component).stream()
                    .flatMap(file -> lines(file).filter(line -> rule.getValue().stream()
                                    .anyMatch(other -> line.startsWith("import " + ROOT + other + ".")
                                            || line.startsWith("import static " + ROOT + other + ".")))
                            .map(line -> SOURCES.relativize(file) + ": " + line))
                    .toList();
            assertEquals(List.of(), offending, rule.getKey() + " must not import " + rule.getValue());
        }
    }

    private static List<Path> javaFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
