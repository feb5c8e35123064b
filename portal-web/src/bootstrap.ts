import { HttpClient } from './api/http';
import { ApiError } from './api/problem';
import { PortalApi, loadPortalConfig, type PortalConfig } from './api/portal-api';
import { signIn, type Session } from './auth/session';
import { I18n } from './i18n/i18n';
import { isTenantPath, tenantHomePath, tenantSlugFromPath } from './tenant/tenant-path';
import { MessageScreen } from './ui/message-screen';
import { OrganisationPicker } from './ui/organisation-picker';
import { PortalView } from './ui/portal-view';
import { Shell } from './ui/shell';

/**
 * Starts the portal: tenant from the URL → public portal configuration → Keycloak sign-in in the
 * tenant's realm → tickets. Each failure ends on a screen that says what happened.
 */
export async function bootstrap(root: HTMLElement): Promise<void> {
  const i18n = I18n.fromBrowser();
  const shell = new Shell(root, i18n);
  const language = () => i18n.locale;

  const slug = tenantSlugFromPath(window.location.pathname);
  if (slug === null) {
    const invalid = isTenantPath(window.location.pathname);
    shell.show(new OrganisationPicker(i18n, (path) => window.location.assign(path), invalid ? 'picker.invalidAddress' : null));
    return;
  }

  shell.show(new MessageScreen(i18n, { testId: 'portal-loading', heading: 'app.loading', busy: true }));

  let config: PortalConfig;
  try {
    config = await loadPortalConfig(new HttpClient({ language }), slug);
  } catch (error) {
    shell.show(new MessageScreen(i18n, tenantFailure(error, slug)));
    return;
  }

  const homeUrl = new URL(tenantHomePath(slug), window.location.origin).toString();
  let session: Session;
  try {
    session = await signIn(config, homeUrl);
  } catch (error) {
    console.error('Sign-in failed', error);
    shell.show(
      new MessageScreen(i18n, {
        testId: 'sign-in-failed',
        heading: 'signIn.failed.heading',
        body: 'signIn.failed.body',
        actions: ['retry'],
      }),
    );
    return;
  }

  const http = new HttpClient({
    language,
    token: () => session.accessToken(),
    onUnauthorized: () => session.reauthenticate(),
  });
  const portal = new PortalView(i18n, config, session, new PortalApi(http, slug));
  shell.show(portal);
  await portal.start();
}

function tenantFailure(error: unknown, slug: string) {
  if (error instanceof ApiError && error.status === 404) {
    return {
      testId: 'tenant-not-found',
      heading: 'tenant.notFound.heading',
      body: 'tenant.notFound.body',
      params: { slug },
      actions: ['chooseOrganisation'],
    } as const;
  }
  if (error instanceof ApiError && error.status === 403) {
    return {
      testId: 'tenant-suspended',
      heading: 'tenant.suspended.heading',
      body: 'tenant.suspended.body',
      params: { slug },
      actions: ['chooseOrganisation'],
    } as const;
  }
  console.error('Portal configuration could not be loaded', error);
  return {
    testId: 'tenant-unavailable',
    heading: 'tenant.unavailable.heading',
    body: 'tenant.unavailable.body',
    actions: ['retry'],
  } as const;
}
