package cn.gov.wujin.selfcheck.enterprise.boundary;

import java.io.Serializable;

/** One row of an officer's enterprise list. */
public record EnterpriseSummary(Long id, String name, String town, String type, String supervisionLevel)
        implements Serializable {
}
