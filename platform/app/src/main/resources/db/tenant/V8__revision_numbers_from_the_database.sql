-- Revision numbers are assigned by the insert itself (returned to Hibernate), saving a round trip per revision.
alter table revinfo alter column rev set default nextval('revinfo_seq');
alter sequence revinfo_seq owned by revinfo.rev;
