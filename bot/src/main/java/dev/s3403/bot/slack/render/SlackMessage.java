package dev.s3403.bot.slack.render;

import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * One message to post: send {@code blocks} as {@code blocksAsString} and {@code text} as the notification fallback.
 *
 * @param text the fallback, already escaped and at most 4,000 characters
 * @param blocks at most 50 blocks, each within Slack's limits
 */
public record SlackMessage(String text, ArrayNode blocks) {}
