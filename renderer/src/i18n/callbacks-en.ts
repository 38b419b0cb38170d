/** English strings of warm callbacks: the settings section. */
export const callbacksEn = {
  title: 'Warm callbacks',
  description:
    'When a customer goes quiet after you answered their question, the assistant drafts one follow-up with the product’s current price and stock. It waits for your approval like any draft, and goes out alone only where you allowed the autopilot for its topic.',
  enabled: 'Draft a follow-up for customers who went quiet',
  delay: 'Follow up after (hours)',
  delayHelp: 'Counted from your answer, between {{min}} and {{max}} hours.',
  rules:
    'At most one per chat, only within 24 hours of the customer’s last message, never in your quiet hours, never to customers who opted out, complained or are with a person. The price and stock are checked again before it is sent.',
  saved: 'Saved.',
  failed: 'Not saved: {{message}}',
};
