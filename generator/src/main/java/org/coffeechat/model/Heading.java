package org.coffeechat.model;

/** A heading of rendered Markdown; {@code id} is its anchor. */
public record Heading(int level, String id, String text) {
}
