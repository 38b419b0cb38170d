/**
 * English explanations of the review card's reasons (`queue.reasonDetail.<code>`), filled from
 * the reason's `params`: `_<context>` keys are variants, `_one`/`_other` plurals. The quoted
 * words follow as `reasonQuote` (its context is how they were found), then `reasonThen`.
 */
export const reasonsEn = {
  reasonDetail: {
    approval_required: 'Approval first: every reply waits for you.',
    no_knowledge: 'Nothing in your catalog or FAQ answers this: a person should reply.',
    no_knowledge_model_declined: 'The model says a person should reply.',
    no_knowledge_model_unsure: 'The model is not confident enough to draft this.',
    part_not_answered: 'Not answered: “{{part}}”. Nothing in your catalog or FAQ covers this part; complete the reply yourself.',
    asked_for_person: 'The customer asked to talk to a person.',
    policy_quoted: 'Cites a shop policy; check it fits the question.',
    optout: 'The customer asked not to be messaged again.',
    waiting_for_person: 'This chat is already waiting for a person.',
    complaint: 'The customer is complaining or upset. A person should answer.',
    refund_or_return: 'The customer wants a refund or to return an order. Only you can decide that.',
    legal_threat: 'The customer mentions legal action or a consumer authority. Handle this one yourself.',
    order_status: 'The customer asks where a particular order is. The assistant cannot see shipments.',
    injection:
      'This message tries to manipulate the assistant (override its instructions, or get passwords or other people’s data). No draft: reply yourself, if at all.',
    backlog: 'Arrived while Counterpart was offline; check it is still relevant.',
    unsupported_amount_one: '{{amounts}} is not in the cited catalog or FAQ; check the figure before sending.',
    unsupported_amount_other: '{{amounts}} are not in the cited catalog or FAQ; check the figures before sending.',
    unsupported_policy_one:
      'This sentence states a policy no cited FAQ entry backs (a rule it lacks, or other figures): {{sentences}}. Never promise a policy your FAQ does not state.',
    unsupported_policy_other:
      'These sentences state a policy no cited FAQ entry backs (a rule it lacks, or other figures): {{sentences}}. Never promise a policy your FAQ does not state.',
    unknown_source_one: 'Cites {{sources}}, which was not among the knowledge found for this message.',
    unknown_source_other: 'Cites {{sources}}, which were not among the knowledge found for this message.',
    private_data_one: 'The reply contains someone else’s personal data ({{items}}); remove it before sending.',
    private_data_other: 'The reply contains someone else’s personal data ({{items}}); remove them before sending.',
    prompt_leak: 'The reply repeats the assistant’s instructions; remove that part before sending.',
    unknown_link_one: 'The reply links to {{links}}, which is not in your profile, FAQ or catalog; remove or correct it before sending.',
    unknown_link_other: 'The reply links to {{links}}, which are not in your profile, FAQ or catalog; remove or correct them before sending.',
    wrong_language: 'The reply seems to be in {{foundLanguage}}, but the customer writes in {{expectedLanguage}}.',
    too_long: 'The reply is {{length, number}} characters long; consider trimming it below {{max, number}}.',
    model_error: 'The model call failed.',
    model_error_crash: 'The assistant could not draft this message (details are in the log).',
    model_error_rate_limited: 'The model server is rate-limiting requests; try again in a minute.',
    model_error_server_error: 'The model server failed ({{status}}).',
    model_error_timeout: 'The model did not answer for {{seconds}} seconds.',
    model_error_unreachable: 'Could not reach the model server; is it running?',
    model_error_auth: 'The model server refused the API key.',
    model_error_bad_request: 'The model server rejected the request; check the model settings.',
    model_error_truncated: 'The model’s answer broke off before it was complete.',
    model_error_invalid_json: 'The model’s answer was not valid JSON.',
    model_error_schema: 'The model’s answer did not have the fields a draft needs.',
    model_error_unknown_source: 'The model cited sources it was not given.',
    model_error_refused: 'The model declined to answer, or its server filtered the answer.',
  },
  reasonQuote: 'They wrote: “{{quote}}”.',
  reasonQuote_decoded: 'They wrote, hidden in encoded text: “{{quote}}”.',
  reasonQuote_earlier_turn: 'They wrote earlier in the chat: “{{quote}}”.',
  reasonQuote_shouting: 'They wrote in capitals: “{{quote}}”.',
  reasonQuote_accepted_offer: 'They accepted the offer of a person: “{{quote}}”.',
  reasonQuote_model: 'The model’s reason: “{{quote}}”.',
  reasonThen: {
    offline_draft: 'This is the offline draft instead; check it.',
    person: 'A person should reply.',
  },
};
