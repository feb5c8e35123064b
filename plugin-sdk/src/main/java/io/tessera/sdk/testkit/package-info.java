/**
 * Test kit for unit-testing plugins without a running platform: a {@link io.tessera.sdk.testkit.FakePluginContext}
 * to call extensions with, sample events, and framework-neutral contract checks for extension classes. Nothing
 * here depends on a test framework; failed checks throw {@link java.lang.AssertionError}, which every framework
 * reports as a test failure.
 *
 * <p>Use these classes from tests only; the platform never hands them to a plugin at run time.
 *
 * @since 0.1
 */
package io.tessera.sdk.testkit;
