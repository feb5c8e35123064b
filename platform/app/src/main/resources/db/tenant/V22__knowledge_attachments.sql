-- Files on knowledge articles (screenshots, PDFs, logs): the bytes live in the tenant's attachment store under the
-- attachment id (the same store as ticket attachments); this is what was stored and by whom. Readable by whoever
-- may read the article.
create table kb_article_attachment (
    id               uuid         primary key,
    article_id       uuid         not null references kb_article (id),
    filename         varchar(200) not null,
    content_type     varchar(100) not null,
    size_bytes       bigint       not null check (size_bytes > 0),
    sha256           char(64)     not null,
    uploaded_by_id   varchar(64)  not null,
    uploaded_by_name varchar(200) not null,
    created_at       timestamptz  not null
);
create index kb_article_attachment_by_article on kb_article_attachment (article_id, created_at);
