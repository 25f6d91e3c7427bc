/**
 * The conversation engine: a pasted error, then the replies in its thread (pasted outputs, answers, new errors, free
 * questions), each read, merged and re-diagnosed. No Slack and no HTTP here: the Slack listeners and the playground
 * both drive {@link dev.s3403.bot.conversation.ConversationEngine}, and {@link
 * dev.s3403.bot.conversation.ConversationState} is what a bot message carries so a restarted replica can rebuild the
 * conversation from the thread.
 */
package dev.s3403.bot.conversation;
