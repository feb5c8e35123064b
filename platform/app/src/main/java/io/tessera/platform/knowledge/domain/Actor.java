package io.tessera.platform.knowledge.domain;

/** Who did something to an article: a user of the tenant's realm (id and display name). */
public record Actor(String id, String name) {
}
