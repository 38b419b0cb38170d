import { Alert, Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLoopbackHost, isPrivateNetworkHost } from '../../../../main/contract/network-hosts';
import { Icon } from '../../components/icon';

/** Scheme, host and port of an address, or null while it is not a valid URL. */
function serverOf(address: string): string | null {
  try {
    return new URL(address).origin;
  } catch {
    return null;
  }
}

/** Whether the typed address is plain http:// to a private-network host (needs a confirmation). */
export function needsLocalNetworkConsent(address: string): boolean {
  try {
    const url = new URL(address.trim());
    return url.protocol === 'http:' && !isLoopbackHost(url.hostname) && isPrivateNetworkHost(url.hostname);
  } catch {
    return false;
  }
}

/**
 * What the server address means for the key and for the network: the saved key is dropped when
 * the address moves to another server (it was saved for the old one), an unreadable secret store
 * is explained, and plain http:// on the shop's network needs an explicit confirmation.
 */
export function AddressNotes(props: {
  savedBaseUrl: string;
  typedBaseUrl: string;
  hasApiKey: boolean;
  apiKeyUnreadable: boolean;
  typingKey: boolean;
  allowLocalNetworkHttp: boolean;
  onAllowLocalNetworkHttp: (value: boolean) => void;
}) {
  const { t } = useTranslation();
  const typed = serverOf(props.typedBaseUrl.trim());
  const keyWillDrop = props.hasApiKey && !props.typingKey && typed !== null && typed !== serverOf(props.savedBaseUrl);
  return (
    <>
      {props.apiKeyUnreadable && (
        <Alert color="orange" variant="light" data-testid="model-key-unreadable" icon={<Icon name="alert" />}>
          {t('settings.apiKeyUnreadable')}
        </Alert>
      )}
      {keyWillDrop && (
        <Alert color="orange" variant="light" data-testid="model-key-other-server" icon={<Icon name="alert" />}>
          {t('settings.apiKeyOtherServer')}
        </Alert>
      )}
      {needsLocalNetworkConsent(props.typedBaseUrl) && (
        <Checkbox
          data-testid="model-allow-lan-http"
          label={t('settings.allowLocalNetworkHttp')}
          description={t('settings.allowLocalNetworkHttpHelp')}
          checked={props.allowLocalNetworkHttp}
          onChange={(event) => props.onAllowLocalNetworkHttp(event.currentTarget.checked)}
        />
      )}
    </>
  );
}
