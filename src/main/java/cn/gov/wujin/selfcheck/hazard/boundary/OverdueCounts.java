package cn.gov.wujin.selfcheck.hazard.boundary;

import java.io.Serializable;

/** The officer home page's flags: open major hazards past their deadline, 申请验收 past the review deadline. */
public class OverdueCounts implements Serializable {

    private final long rectifications;
    private final long reviews;

    public OverdueCounts(long rectifications, long reviews) {
        this.rectifications = rectifications;
        this.reviews = reviews;
    }

    public long getRectifications() { return rectifications; }
    public long getReviews() { return reviews; }
}
