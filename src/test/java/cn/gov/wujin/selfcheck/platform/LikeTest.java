package cn.gov.wujin.selfcheck.platform;

import cn.gov.wujin.selfcheck.platform.persistence.Like;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user's search text is matched as itself: wildcards and the escape character are escaped. */
class LikeTest {

    @Test
    void wildcardsInTheTextAreEscaped() {
        assertEquals("%100!%!_ok%", Like.containing(" 100%_OK "));
        assertEquals("%a!!b%", Like.containing("a!b"));
        assertEquals(" ESCAPE '!'", Like.ESCAPE);
    }

    @Test
    void blankTextIsNoSearch() {
        assertFalse(Like.given(null));
        assertFalse(Like.given("  "));
        assertTrue(Like.given("张"));
    }
}
