/**
 * Diagnoses as Slack Block Kit JSON: pure functions from records to {@link dev.s3403.bot.slack.render.SlackMessage}s
 * within Slack's limits, with everything from the paste or the evidence escaped. {@link
 * dev.s3403.bot.slack.render.ActionIds} and {@link dev.s3403.bot.slack.render.AnswerValue} are the contract with the
 * listeners that handle the buttons.
 */
package dev.s3403.bot.slack.render;
