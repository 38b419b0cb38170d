import { useTranslation } from 'react-i18next';

/** The id of the screen's main region, where the skip link sends focus. */
export const MAIN_ID = 'main-content';

/**
 * The first stop of the Tab key: "Skip to main content", shown only while focused. Focus is moved
 * by hand: following `#main-content` would replace the hash the screens are routed by.
 */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      data-testid="skip-link"
      href={`#${MAIN_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}
    >
      {t('a11y.skipToMain')}
    </a>
  );
}
