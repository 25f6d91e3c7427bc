package dev.s3403.bot.conversation;

import dev.s3403.prompts.Phrasing;

/**
 * One step of a conversation: where it stands after a message, what the message was read as, the words to answer
 * with, and what the message changed in the diagnosis.
 */
public record Turn(Conversation conversation, Input input, Phrasing phrasing, Changes changes) {}
