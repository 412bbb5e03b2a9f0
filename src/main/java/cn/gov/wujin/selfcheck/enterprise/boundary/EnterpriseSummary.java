package cn.gov.wujin.selfcheck.enterprise.boundary;

import java.io.Serializable;

/** One row of an officer's enterprise list (a class with getters: Jakarta EL 5 does not read records). */
public final class EnterpriseSummary implements Serializable {

    private final Long id;
    private final String name;
    private final String town;
    private final String type;
    private final String supervisionLevel;

    public EnterpriseSummary(Long id, String name, String town, String type, String supervisionLevel) {
        this.id = id;
        this.name = name;
        this.town = town;
        this.type = type;
        this.supervisionLevel = supervisionLevel;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTown() {
        return town;
    }

    public String getType() {
        return type;
    }

    public String getSupervisionLevel() {
        return supervisionLevel;
    }
}
