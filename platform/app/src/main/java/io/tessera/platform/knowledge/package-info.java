/**
 * Knowledge base: articles with versioned, reviewed content (draft → in review → published → retired), categories,
 * audiences, translations, known errors published from problem management, reader feedback and the tenant's
 * search synonyms; and the search, suggestion and deflection use cases over them.
 */
package io.tessera.platform.knowledge;
