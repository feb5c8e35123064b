/**
 * Tickets: the records end users open and agents work. For now the minimal real slice — open, list (own or all),
 * read — with per-tenant human numbers and domain events published after commit.
 */
package io.tessera.platform.ticket;
