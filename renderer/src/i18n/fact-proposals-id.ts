import type { factProposalsEn } from './fact-proposals-en';
import type { OtherOnly } from './plural-shape';

/** Indonesian strings of customer facts proposed in the background: the settings section. */
export const factProposalsId: OtherOnly<typeof factProposalsEn> = {
  title: 'Info dari percakapan',
  description:
    'Dengan model, asisten membaca pesan baru pelanggan setelah Anda menjawab dan chat sudah sepi (atau Anda menyelesaikannya), lalu mengusulkan info untuk kartunya, misalnya ukuran atau alergi. Usulan tidak pernah dipakai dalam draf sebelum disetujui seseorang di kartu.',
  enabled: 'Usulkan info dari percakapan',
  noModel: 'Perlu model. Tanpa model, staf menambahkan info di kartu pelanggan.',
  saved: 'Tersimpan.',
  failed: 'Tidak tersimpan: {{message}}',
};
