/** Platform settings, read through MicroProfile Config (system properties, then environment variables). */
package io.tessera.platform.config;
