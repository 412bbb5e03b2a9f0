package cn.gov.wujin.selfcheck.hazard.web;

import cn.gov.wujin.selfcheck.platform.faces.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import cn.gov.wujin.selfcheck.hazard.entity.HazardSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Texts of the hazard pages that EL cannot put together alone. */
@Named
@ApplicationScoped
public class HazardTexts {

    /** 自查 and 代报, for the source filters. */
    public List<HazardSource> getSources() {
        return List.of(HazardSource.values());
    }

    /** The 第十五条 measures of a trail row ({@code workersWithdrawn,warningSigns}) by their labels. */
    public String measureNames(String names) {
        if (names == null || names.isBlank()) {
            return "";
        }
        return Arrays.stream(names.split(",")).map(n -> Texts.get("measure." + n.strip()))
                .collect(Collectors.joining("、"));
    }
}
