/** English strings of paged chat history, the auto-sent filter and assignment. */
export const historyEn = {
  loadingOlder: 'Loading earlier messages',
  filters: { autoSent: 'Auto-sent', assignedToMe: 'Assigned to me' },
  assign: { label: 'Assigned to', menu: 'Assign this chat', nobody: 'Nobody', assigned: 'Assigned to {{name}}' },
};
