import { ApiError } from '../api/call';
import { i18n } from '../i18n/i18n';

/**
 * A human sentence for any error: shell-level problems (no token, server gone) get a
 * translated explanation; everything else shows main's own message.
 */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'forbidden') return i18n.t('errors.forbidden');
    if (error.code === 'unavailable') return i18n.t('errors.unavailable');
    if (error.code === 'too_large') return i18n.t('errors.tooLarge');
    if (error.code === 'owner_only') return i18n.t('staff.errors.ownerOnly');
    if (error.code === 'wrong_pin') return i18n.t('staff.errors.wrongPin');
    if (error.code === 'rate_limited') return i18n.t('staff.errors.rateLimited');
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return i18n.t('errors.unknown');
}
