package cn.gov.wujin.selfcheck.hazard.entity;

import java.util.Objects;

/** Who performs a step of a hazard's life cycle, as its trail row names them: a signature and a role. */
public record Actor(String name, String role) {

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
