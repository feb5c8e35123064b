/**
 * What the launcher is told: settings from the environment (ports, home directory, external services), where
 * the build's artifacts are, how the home directory is laid out, and whether the ports it needs are free.
 */
package io.tessera.launcher.config;
