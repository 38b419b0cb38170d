/** English: the resolve key in the keyboard cheat sheet (merged into `keyboard.keys`). */
export const keyboardResolveEn = {
  resolve: 'Resolve the conversation (the next one needing you opens)',
};
