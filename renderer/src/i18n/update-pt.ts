import type { updateEn } from './update-en';

/** Brazilian Portuguese strings for updates (the navbar notice). */
export const updatePt: typeof updateEn = {
  downloading: 'Baixando a versão {{version}}…',
  ready: 'A versão {{version}} está pronta',
  notes: 'Novidades',
  restart: 'Reiniciar para atualizar',
  heldSending: 'Uma resposta está sendo enviada. Reinicie de novo quando ela tiver saído.',
  managed: 'As atualizações chegam pelo seu gerenciador de pacotes.',
  beta: 'canal beta',
  support: {
    title: 'Atualizações e suporte',
    channel: 'Canal de atualização',
    channels: { stable: 'Estável (recomendado)', beta: 'Beta (novidades primeiro)' },
    channelHelp: 'Versões beta podem ter detalhes a acertar. Ao voltar para o estável, você espera a próxima versão estável.',
    copy: 'Copiar diagnóstico',
    copied: 'Diagnóstico copiado. Cole no seu pedido de suporte.',
    copyFailed: 'Não deu para copiar automaticamente; selecione o texto abaixo e copie.',
    diagnosticsHelp: 'Versões, pasta de dados, saúde do banco de dados, conexão do WhatsApp e estado do modelo. Nunca suas chaves nem as mensagens dos seus clientes.',
  },
};
