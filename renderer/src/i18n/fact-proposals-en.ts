/** English strings of customer facts proposed in the background: the settings section. */
export const factProposalsEn = {
  title: 'Facts from conversations',
  description:
    'With a model, the assistant reads a customer’s new messages once you have answered and the chat has gone quiet (or you resolved it), and proposes facts for their card, such as a size or an allergy. A proposal is never used in a draft until a person approves it on the card.',
  enabled: 'Propose facts from conversations',
  noModel: 'Needs a model. Without one, staff add facts on the customer card.',
  saved: 'Saved.',
  failed: 'Not saved: {{message}}',
};
