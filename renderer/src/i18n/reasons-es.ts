import type { Translation } from './en';
import type { reasonsEn } from './reasons-en';

/** Spanish explanations of the review card's reasons (see `reasons-en.ts`). */
export const reasonsEs: Pick<Translation['queue'], keyof typeof reasonsEn> = {
  reasonDetail: {
    approval_required: 'Primero tu aprobación: cada respuesta te espera.',
    no_knowledge: 'Nada en tu catálogo ni en tus preguntas frecuentes responde a esto: debería responder una persona.',
    no_knowledge_model_declined: 'El modelo dice que debería responder una persona.',
    no_knowledge_model_unsure: 'El modelo no está lo bastante seguro para redactar esto.',
    asked_for_person: 'El cliente pidió hablar con una persona.',
    policy_quoted: 'Cita una política de la tienda; comprueba que encaja con la pregunta.',
    optout: 'El cliente pidió que no le vuelvan a escribir.',
    waiting_for_person: 'Este chat ya está esperando a una persona.',
    complaint: 'El cliente se queja o está molesto. Debería responder una persona.',
    refund_or_return: 'El cliente quiere un reembolso o devolver un pedido. Solo tú puedes decidirlo.',
    legal_threat: 'El cliente menciona acciones legales o una autoridad de consumo. Encárgate tú.',
    order_status: 'El cliente pregunta dónde está un pedido concreto. El asistente no ve los envíos.',
    injection:
      'Este mensaje intenta manipular al asistente (saltarse sus instrucciones, o conseguir contraseñas o datos de otras personas). Sin borrador: responde tú, si acaso.',
    backlog: 'Llegó mientras Counterpart estaba sin conexión; comprueba que sigue siendo pertinente.',
    unsupported_amount_one: '{{amounts}} no está en el catálogo ni en las preguntas frecuentes citadas; revisa la cifra antes de enviar.',
    unsupported_amount_other: '{{amounts}} no están en el catálogo ni en las preguntas frecuentes citadas; revisa las cifras antes de enviar.',
    unsupported_policy_one:
      'Esta frase afirma una política que ninguna pregunta frecuente citada respalda (una regla que no tiene, u otras cifras): {{sentences}}. Nunca prometas una política que tus preguntas frecuentes no digan.',
    unsupported_policy_other:
      'Estas frases afirman una política que ninguna pregunta frecuente citada respalda (una regla que no tiene, u otras cifras): {{sentences}}. Nunca prometas una política que tus preguntas frecuentes no digan.',
    unknown_source_one: 'Cita {{sources}}, que no estaba entre el conocimiento encontrado para este mensaje.',
    unknown_source_other: 'Cita {{sources}}, que no estaban entre el conocimiento encontrado para este mensaje.',
    private_data_one: 'La respuesta contiene un dato personal de otra persona ({{items}}); quítalo antes de enviar.',
    private_data_other: 'La respuesta contiene datos personales de otras personas ({{items}}); quítalos antes de enviar.',
    prompt_leak: 'La respuesta repite las instrucciones del asistente; quita esa parte antes de enviar.',
    wrong_language: 'La respuesta parece estar en {{foundLanguage}}, pero el cliente escribe en {{expectedLanguage}}.',
    too_long: 'La respuesta tiene {{length, number}} caracteres; plantéate recortarla por debajo de {{max, number}}.',
    model_error: 'Falló la llamada al modelo.',
    model_error_crash: 'El asistente no pudo redactar este mensaje (los detalles están en el registro).',
    model_error_rate_limited: 'El servidor del modelo está limitando las peticiones; vuelve a intentarlo en un minuto.',
    model_error_server_error: 'El servidor del modelo falló ({{status}}).',
    model_error_timeout: 'El modelo no respondió durante {{seconds}} segundos.',
    model_error_unreachable: 'No se pudo conectar con el servidor del modelo; ¿está en marcha?',
    model_error_auth: 'El servidor del modelo rechazó la clave de API.',
    model_error_bad_request: 'El servidor del modelo rechazó la petición; revisa los ajustes del modelo.',
    model_error_truncated: 'La respuesta del modelo se cortó antes de terminar.',
    model_error_invalid_json: 'La respuesta del modelo no era JSON válido.',
    model_error_schema: 'A la respuesta del modelo le faltaban los campos que necesita un borrador.',
    model_error_unknown_source: 'El modelo citó fuentes que no se le dieron.',
    model_error_refused: 'El modelo se negó a responder, o su servidor filtró la respuesta.',
  },
  reasonQuote: 'Escribió: «{{quote}}».',
  reasonQuote_decoded: 'Escribió, oculto en texto codificado: «{{quote}}».',
  reasonQuote_earlier_turn: 'Escribió antes en el chat: «{{quote}}».',
  reasonQuote_shouting: 'Escribió en mayúsculas: «{{quote}}».',
  reasonQuote_accepted_offer: 'Aceptó la oferta de hablar con una persona: «{{quote}}».',
  reasonQuote_model: 'Motivo del modelo: «{{quote}}».',
  reasonThen: {
    offline_draft: 'En su lugar, este es el borrador sin conexión; revísalo.',
    person: 'Debería responder una persona.',
  },
};
