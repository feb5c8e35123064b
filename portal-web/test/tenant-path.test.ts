import { describe, expect, it } from 'vitest';
import { isTenantPath, slugFromInput, tenantHomePath, tenantSlugFromPath } from '../src/tenant/tenant-path';

describe('tenantSlugFromPath', () => {
  it.each([
    ['/t/acme/', 'acme'],
    ['/t/acme', 'acme'],
    ['/t/acme/tickets/TCK0000042', 'acme'],
    ['/t/globex-eu/', 'globex-eu'],
    ['/t/a1_b2/', 'a1_b2'],
    ['/t/%61cme/', 'acme'],
  ])('%s → %s', (path, slug) => {
    expect(tenantSlugFromPath(path)).toBe(slug);
  });

  it.each([
    ['/portal/'],
    ['/portal/index.html'],
    ['/'],
    ['/t/'],
    ['/t'],
    ['/tenants/acme/'],
    ['/x/t/acme/'],
    ['/t/Acme/'],
    ['/t/-acme/'],
    ['/t/ac%2Fme/'],
    ['/t/%E0%A4%A/'],
    ['/t/ac me/'],
    [`/t/${'a'.repeat(64)}/`],
  ])('%s has no tenant', (path) => {
    expect(tenantSlugFromPath(path)).toBeNull();
  });

  it('accepts the longest allowed slug', () => {
    const slug = 'a'.repeat(63);
    expect(tenantSlugFromPath(`/t/${slug}/`)).toBe(slug);
  });
});

describe('isTenantPath', () => {
  it('tells tenant paths from others', () => {
    expect(isTenantPath('/t/Acme/')).toBe(true);
    expect(isTenantPath('/t')).toBe(true);
    expect(isTenantPath('/portal/')).toBe(false);
    expect(isTenantPath('/tenants')).toBe(false);
  });
});

describe('slugFromInput', () => {
  it('trims and lower-cases what a person typed', () => {
    expect(slugFromInput('  Acme ')).toBe('acme');
    expect(slugFromInput('GLOBEX-eu')).toBe('globex-eu');
  });

  it.each([[''], ['   '], ['acme corp'], ['acme/'], ['../admin'], ['阿克米'], ['-acme']])('rejects %j', (input) => {
    expect(slugFromInput(input)).toBeNull();
  });
});

describe('tenantHomePath', () => {
  it('builds the portal home of a tenant', () => {
    expect(tenantHomePath('acme')).toBe('/t/acme/');
  });

  it('round-trips through tenantSlugFromPath', () => {
    for (const slug of ['acme', 'globex-eu', 'x', '0day']) {
      expect(tenantSlugFromPath(tenantHomePath(slug))).toBe(slug);
    }
  });
});
