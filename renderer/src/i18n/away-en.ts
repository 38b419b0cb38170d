/** English strings of the greeting, away and holding messages and the AI disclosure line. */
export const awayEn = {
  title: 'Greeting, away and holding messages',
  description: 'Messages you write once and the app sends alone, in the customer’s language, never to someone who opted out. The kill switch stops and switches them off.',
  language: 'Customer language',
  textIn: '{{message}} in {{language}}',
  greeting: {
    label: 'Greeting',
    help: 'Sent once, when a customer writes to the shop for the first time.',
    placeholder: 'Hello! Thanks for writing to us.',
  },
  away: {
    label: 'Away message',
    help: 'Sent outside the opening hours of your shop profile, at most once a day per chat.',
    placeholder: 'We are closed now; we will answer you when we open.',
  },
  holding: {
    label: 'Holding reply',
    help: 'Sent once when a chat is handed to a person. {opens} becomes the hour you open.',
    placeholder: 'A person from the shop will answer you — we open at {opens}.',
  },
  disclosure: {
    label: 'Tell customers an assistant drafts the replies',
    help: 'A line added to automatic messages. Leave the text empty to use the suggested one.',
    off: 'Off',
    first: 'On the first automatic message in a chat',
    every: 'On every automatic message',
  },
  saved: 'Saved.',
  error: 'Could not save. Only an owner can change these messages.',
};
