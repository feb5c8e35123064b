package io.tessera.platform.ticket.domain;

import java.util.Objects;

/** Someone who acts on tickets: a user of the tenant's realm, by stable id and display name. */
public record Actor(String id, String name) {

    public Actor {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id : name;
    }
}
