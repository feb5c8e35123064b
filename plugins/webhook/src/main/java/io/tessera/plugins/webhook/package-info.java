/**
 * The {@code webhook} plugin: delivers every ticket event of a tenant as signed JSON to that tenant's URL.
 * {@link io.tessera.plugins.webhook.WebhookTicketEventListener} does the delivery,
 * {@link io.tessera.plugins.webhook.WebhookSettings} declares the per-tenant URL and signing secret.
 */
package io.tessera.plugins.webhook;
