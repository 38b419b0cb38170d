import type { setupEn } from './setup-en';

/** Brazilian Portuguese strings for the first-run setup wizard. */
export const setupPt: typeof setupEn = {
  title: 'Configure sua loja',
  description:
    'Alguns passos, uns dez minutos. Saia quando quiser e continue daqui depois; todo passo pode ser pulado e feito mais tarde na própria tela.',
  nav: 'Terminar a configuração',
  navHint: 'Continue de onde parou',
  leave: 'Sair da configuração por enquanto',
  continue: 'Continuar',
  skip: 'Pular por enquanto',
  back: 'Voltar',
  finish: 'Terminar e abrir a caixa de entrada',
  skipFinish: 'Pular e abrir a caixa de entrada',
  done: 'Feito',
  skipped: 'Pulado',
  runAgain: 'Configurar de novo',
  runAgainHelp: 'Passe pelos passos da configuração de novo (nada do que você fez é desfeito).',
  steps: {
    profile: { label: 'Loja', title: 'Sua loja e seus idiomas', help: 'O nome, o horário e os idiomas em que seus clientes escrevem. As respostas usam isso.' },
    knowledge: {
      label: 'Conhecimento',
      title: 'O que o assistente sabe',
      help: 'Seus produtos e respostas para perguntas comuns. Importe seus próprios arquivos, ou comece pela loja de demonstração para ver como funciona (ela substitui o perfil da loja pelo da demonstração).',
      demo: 'Começar pela loja de demonstração',
      import: 'Importar uma pasta ou planilha (CSV)',
      have: 'O assistente conhece {{products}} produtos e {{faqs}} respostas.',
    },
    staff: {
      label: 'Pessoas',
      title: 'Você, e quem mais atende',
      help: 'Você é o dono. Um PIN impede que a equipe mude as configurações do dono num computador compartilhado.',
      ownerName: 'Seu nome',
      ownerPin: 'Seu PIN (opcional, de 4 a 8 dígitos)',
      ownerPinSet: 'Seu PIN está definido. Digite um novo para mudá-lo.',
      saveOwner: 'Salvar',
      ownerSaved: 'Salvo.',
    },
    model: {
      label: 'Modelo',
      title: 'Quem escreve os rascunhos',
      help: 'Mantenha “Sem modelo” para redigir com o seu conhecimento palavra por palavra, ou conecte agora um servidor de modelo ou uma chave de API.',
    },
    whatsapp: {
      label: 'WhatsApp',
      title: 'Conecte o WhatsApp da loja',
      help: 'Escaneie um QR code ou digite um código no celular da loja. Você pode pular isto e treinar antes.',
      linked: 'O WhatsApp está conectado.',
    },
    practice: {
      label: 'Experimente',
      title: 'Uma conversa de treino',
      help: 'Escreva como se fosse um cliente. O assistente redige uma resposta com o seu conhecimento; nada é enviado até você aprovar. Esta conversa nunca sai do Counterpart.',
      customer: 'Cliente de treino',
      question: 'Mensagem do cliente',
      suggestion: 'Qual é o horário de atendimento?',
      send: 'Enviar como cliente',
      waiting: 'Redigindo uma resposta…',
      sent: 'Sua primeira resposta foi enviada. É assim que toda conversa funciona: o assistente redige, você decide.',
    },
  },
};
