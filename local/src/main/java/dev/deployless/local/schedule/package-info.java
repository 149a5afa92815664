/**
 * EventBridge's schedule expressions, {@code rate(...)} and {@code cron(...)} with its day
 * wildcards, evaluated in UTC: when a schedule fires next.
 */
package dev.deployless.local.schedule;
