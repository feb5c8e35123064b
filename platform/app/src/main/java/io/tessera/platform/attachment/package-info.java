/**
 * Attachments shared by the features that carry files (tickets, knowledge articles; ADR 0010): the accepted types
 * and file-name rules, the per-tenant store streamed into outside any transaction, the stored-file metadata each
 * feature's attachment row maps, and the streamed upload/download responses. Owners keep their own tables,
 * visibility rules and limits.
 */
package io.tessera.platform.attachment;
