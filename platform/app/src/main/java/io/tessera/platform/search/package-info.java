/**
 * Search infrastructure shared by the features that are searchable (knowledge articles, tickets): the analysis
 * chains (English, SmartChinese, CJK bigrams), safe query construction from user text (never the Lucene query
 * syntax), query-time synonyms, snippet highlighting, and per-tenant index administration (reindex, health,
 * failures). The relevance logic here is plain Lucene so the evaluation harness runs it without a server.
 */
package io.tessera.platform.search;
