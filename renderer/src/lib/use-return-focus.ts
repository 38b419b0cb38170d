import { useEffect, useState } from 'react';

/**
 * For a dialog that is mounted only while open (`{editing && <FormModal opened />}`): Mantine
 * gives focus back when `opened` turns false, which such a dialog never sees — it unmounts. The
 * element focused when it first rendered (the button that opened it; read during render, before
 * the dialog's focus trap moves focus) gets focus back when it goes.
 */
export function useReturnFocusOnUnmount(): void {
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null));
  useEffect(
    () => () => {
      if (opener?.isConnected) opener.focus();
    },
    [opener],
  );
}
