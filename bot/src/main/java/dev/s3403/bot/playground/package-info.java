/**
 * The local playground: a page and a JSON API over the same conversation engine the Slack bot uses, for trying
 * s3-403 without a Slack workspace. Conversations live in memory only.
 */
package dev.s3403.bot.playground;
