import type { OtherOnly } from './plural-shape';
import type { variantsEn } from './variants-en';

/** Vietnamese strings of product variants and owner-written translations in the knowledge editors. */
export const variantsVi: OtherOnly<typeof variantsEn> = {
  title: 'Phân loại',
  help: 'Các lựa chọn có giá và tồn kho riêng, vd. size L đắt hơn. Mỗi phân loại có SKU riêng.',
  none: 'Không có phân loại: mọi lựa chọn cùng một giá và tồn kho.',
  add: 'Thêm phân loại',
  remove: 'Xóa phân loại {{sku}}',
  sku: 'SKU phân loại',
  options: 'Lựa chọn',
  optionsPlaceholder: 'size:L',
  price: 'Giá',
  stock: 'Tồn kho',
  count_other: '{{count}} phân loại',
  priceRange: '{{min}} – {{max}}',
  errors: {
    skuRequired: 'Mỗi phân loại cần SKU riêng.',
    skuRepeated: 'Hai phân loại trùng SKU, hoặc một phân loại dùng SKU của sản phẩm.',
    optionsInvalid: 'Viết một giá trị cho mỗi lựa chọn, vd. size:L hoặc size:L;color:red.',
    optionsRepeated: 'Hai phân loại có cùng lựa chọn.',
    priceInvalid: 'Mỗi phân loại cần giá dùng dấu chấm, vd. 12.50.',
    stockInvalid: 'Tồn kho là số nguyên từ 0 trở lên, hoặc để trống.',
  },
  translations: {
    title: 'Bản dịch',
    help: 'Cách diễn đạt của riêng bạn bằng ngôn ngữ khác. Khách viết bằng ngôn ngữ đó sẽ nhận câu trả lời này, trích đúng như bạn viết.',
    addLabel: 'Thêm bản dịch',
    addPlaceholder: 'Chọn ngôn ngữ',
    add: 'Thêm',
    remove: 'Xóa bản dịch {{language}}',
    question: 'Câu hỏi ({{language}})',
    answer: 'Câu trả lời ({{language}})',
    answerRequired: 'Bản dịch cần có câu trả lời.',
    badge: 'Có cả bằng {{languages}}',
  },
};
