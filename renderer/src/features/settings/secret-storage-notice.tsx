import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../../api/queries';
import { Icon } from '../../components/icon';
import { secretStorageNotice } from './secret-storage';

/** Tells the owner when the desktop app cannot keep the API key in an OS keychain (Linux without a keyring). */
export function SecretStorageNotice() {
  const { t } = useTranslation();
  const info = useAppInfo();
  const notice = secretStorageNotice(info.data?.secretStorage);
  if (!notice) return null;
  return (
    <Alert maw={820} color={notice.color} variant="light" icon={<Icon name="alert" />} title={t(notice.title)} data-testid="secret-storage-notice">
      {t(notice.body)}
    </Alert>
  );
}
