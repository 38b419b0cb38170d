/** English strings for updates (the navbar notice). */
export const updateEn = {
  downloading: 'Downloading version {{version}}…',
  ready: 'Version {{version}} is ready',
  notes: 'What is new',
  restart: 'Restart to update',
  heldSending: 'A reply is being sent. Restart again once it has gone out.',
  managed: 'Updates come through your package manager.',
  beta: 'beta channel',
  support: {
    title: 'Updates and support',
    channel: 'Update channel',
    channels: { stable: 'Stable (recommended)', beta: 'Beta (new features first)' },
    channelHelp: 'Beta versions may have rough edges. Switching back to stable waits for the next stable version.',
    copy: 'Copy diagnostics',
    copied: 'Diagnostics copied. Paste them into your support request.',
    copyFailed: 'Could not copy automatically; select the text below and copy it.',
    diagnosticsHelp: 'Versions, the data folder, database health, WhatsApp link and model state. Never your keys or your customers’ messages.',
  },
};
