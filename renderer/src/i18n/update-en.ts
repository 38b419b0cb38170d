/** English strings for updates (the navbar notice). */
export const updateEn = {
  downloading: 'Downloading version {{version}}…',
  ready: 'Version {{version}} is ready',
  notes: 'What is new',
  restart: 'Restart to update',
  heldSending: 'A reply is being sent. Restart again once it has gone out.',
  managed: 'Updates come through your package manager.',
  beta: 'beta channel',
};
