-- The customer organisation (or site) inside the tenant and the contract a ticket falls under: free references like
-- the affected service and configuration item. Envers audits them, so ticket_aud gets them too (earlier revisions
-- keep null). SLA policies can be chosen by them (conditions.organisations / conditions.contracts, comma-separated,
-- empty = any; ADR 0011).
alter table ticket
    add column organisation varchar(200),
    add column contract     varchar(200);

alter table ticket_aud
    add column organisation varchar(200),
    add column contract     varchar(200);

alter table sla_policy
    add column organisations varchar(2000) not null default '',
    add column contracts     varchar(2000) not null default '';
