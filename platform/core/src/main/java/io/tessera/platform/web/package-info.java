/**
 * The REST edge shared by every feature: RFC 9457 problem responses (localised en / zh-CN), JSON binding,
 * input validation and request size limits.
 */
package io.tessera.platform.web;
