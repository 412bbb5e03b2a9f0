package cn.gov.wujin.selfcheck.platform.time;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock, shifted by an offset that only the test support may set (so that integration
 * tests can make it "the 25th" on a running server). In production the offset stays zero.
 */
public final class AdjustableClock extends Clock implements Serializable {

    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    public AdjustableClock(ZoneId zone) {
        this.zone = zone;
    }

    void setOffset(Duration offset) {
        this.offset = offset;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
