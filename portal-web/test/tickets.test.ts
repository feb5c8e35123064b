import { describe, expect, it } from 'vitest';
import { displayNameFromClaims } from '../src/auth/user-name';
import { interpolate, type MessageKey, type MessageParams } from '../src/i18n/i18n';
import { en } from '../src/i18n/messages.en';
import { zhCN } from '../src/i18n/messages.zh-CN';
import { DESCRIPTION_MAX_LENGTH, TITLE_MAX_LENGTH, toNewTicket, validateDraft } from '../src/tickets/ticket-draft';
import { normaliseStatus, statusLabel } from '../src/tickets/ticket-status';

describe('validateDraft', () => {
  it('accepts a title alone', () => {
    expect(validateDraft({ title: 'Printer on floor 3 is jammed', description: '' })).toEqual([]);
  });

  it('requires a title that is not only whitespace', () => {
    expect(validateDraft({ title: '   ', description: 'x' })).toEqual([{ field: 'title', key: 'validation.title.required' }]);
  });

  it('limits title and description length, counting after trimming', () => {
    expect(validateDraft({ title: ` ${'a'.repeat(TITLE_MAX_LENGTH)} `, description: 'b'.repeat(DESCRIPTION_MAX_LENGTH) })).toEqual([]);
    expect(validateDraft({ title: 'a'.repeat(TITLE_MAX_LENGTH + 1), description: 'b'.repeat(DESCRIPTION_MAX_LENGTH + 1) })).toEqual([
      { field: 'title', key: 'validation.title.tooLong', params: { max: 200 } },
      { field: 'description', key: 'validation.description.tooLong', params: { max: 10000 } },
    ]);
  });

  it('counts Chinese characters one by one', () => {
    expect(validateDraft({ title: '打'.repeat(200), description: '' })).toEqual([]);
  });
});

describe('toNewTicket', () => {
  it('trims both fields', () => {
    expect(toNewTicket({ title: '  VPN down ', description: '\n since 9:00 \n' })).toEqual({ title: 'VPN down', description: 'since 9:00' });
  });
});

describe('status labels', () => {
  const translate = (catalog: typeof en) => (key: MessageKey, params?: MessageParams) => interpolate(catalog[key], params);

  it('normalises API status codes', () => {
    expect(normaliseStatus('IN_PROGRESS')).toBe('in_progress');
    expect(normaliseStatus('on-hold')).toBe('on_hold');
    expect(normaliseStatus(' New ')).toBe('new');
  });

  it('translates known statuses and shows unknown ones as sent', () => {
    expect(statusLabel('new', translate(en))).toBe('New');
    expect(statusLabel('IN_PROGRESS', translate(zhCN as typeof en))).toBe('处理中');
    expect(statusLabel('awaiting_vendor', translate(en))).toBe('awaiting_vendor');
  });
});

describe('displayNameFromClaims', () => {
  it('prefers name, then given and family name, then user name', () => {
    expect(displayNameFromClaims({ name: 'Ada Lovelace', preferred_username: 'ada' })).toBe('Ada Lovelace');
    expect(displayNameFromClaims({ given_name: 'Ada', family_name: 'Lovelace' })).toBe('Ada Lovelace');
    expect(displayNameFromClaims({ given_name: ' ', preferred_username: 'ada' })).toBe('ada');
    expect(displayNameFromClaims({})).toBeNull();
    expect(displayNameFromClaims(undefined)).toBeNull();
  });
});
