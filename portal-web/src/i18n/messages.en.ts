/**
 * English message catalog. Every user-visible string of the portal lives here and in
 * `messages.zh-CN.ts`; placeholders are written `{name}` and must match between catalogs.
 */
export const en = {
  'app.portalName': 'Support portal',
  'app.documentTitle': '{organisation} · Support portal',
  'app.loading': 'Loading…',
  'app.skipToContent': 'Skip to main content',

  'language.label': 'Language',
  'language.en': 'English',
  'language.zh-CN': '简体中文',

  'picker.heading': 'Find your support portal',
  'picker.intro': 'Enter the short name of your organisation. It is the part after /t/ in the portal address you received, for example “acme” in /t/acme/.',
  'picker.label': 'Organisation',
  'picker.hint': 'Lower-case letters, digits, hyphens and underscores.',
  'picker.submit': 'Continue',
  'picker.invalid': 'Enter a valid organisation name (lower-case letters, digits, hyphens and underscores; up to 63 characters).',
  'picker.invalidAddress': 'The address you opened does not name a valid organisation.',

  'tenant.notFound.heading': 'Organisation not found',
  'tenant.notFound.body': 'There is no organisation called “{slug}”. Check the address, or choose another organisation.',
  'tenant.suspended.heading': 'Organisation suspended',
  'tenant.suspended.body': 'The support portal of “{slug}” is currently suspended. Please contact your IT service provider.',
  'tenant.unavailable.heading': 'The portal is unavailable',
  'tenant.unavailable.body': 'The service could not be reached. Please try again in a moment.',
  'signIn.failed.heading': 'Sign-in failed',
  'signIn.failed.body': 'You could not be signed in. Please try again.',

  'action.retry': 'Try again',
  'action.chooseOrganisation': 'Choose another organisation',

  'header.signedInAs': 'Signed in as {name}',
  'header.unknownUser': 'Signed-in user',
  'header.signOut': 'Sign out',

  'tickets.heading': 'My tickets',
  'tickets.loading': 'Loading your tickets…',
  'tickets.empty': 'You have no tickets yet. Use the form to report a problem or ask for something.',
  'tickets.loadMore': 'Load more',
  'tickets.loadingMore': 'Loading more…',
  'tickets.loadFailed': 'Your tickets could not be loaded.',
  'tickets.created': 'Opened {date}',
  'tickets.updated': 'Updated {date}',
  'tickets.statusLabel': 'Status: {status}',

  'status.new': 'New',
  'status.open': 'Open',
  'status.in_progress': 'In progress',
  'status.pending': 'Pending',
  'status.on_hold': 'On hold',
  'status.resolved': 'Resolved',
  'status.closed': 'Closed',
  'status.cancelled': 'Cancelled',

  'form.heading': 'New ticket',
  'form.intro': 'Tell us what is not working or what you need. We will get back to you.',
  'form.title.label': 'Title',
  'form.title.hint': 'A short summary, up to {max} characters.',
  'form.description.label': 'Description',
  'form.description.hint': 'Optional. What happened, what you expected, and since when. Up to {max} characters.',
  'form.charCount': '{count} of {max} characters',
  'form.submit': 'Create ticket',
  'form.submitting': 'Creating…',
  'form.created': 'Ticket {number} has been created.',
  'form.failed': 'The ticket could not be created.',
  'form.fixFields': 'Please correct the marked fields.',

  'validation.title.required': 'Enter a title.',
  'validation.title.tooLong': 'The title can be at most {max} characters long.',
  'validation.description.tooLong': 'The description can be at most {max} characters long.',

  'error.sessionExpired': 'Your session has expired. Taking you to the sign-in page…',
  'error.forbidden': 'You are not allowed to do this.',
  'error.network': 'The service could not be reached. Check your connection and try again.',
  'error.http': 'Something went wrong (HTTP {status}). Please try again.',
} as const;

export type MessageKey = keyof typeof en;
export type MessageCatalog = Readonly<Record<MessageKey, string>>;
