import type { callbacksEn } from './callbacks-en';
import type { OtherOnly } from './plural-shape';

/** Vietnamese strings of warm callbacks: the settings section. */
export const callbacksVi: OtherOnly<typeof callbacksEn> = {
  title: 'Tin nhắn hỏi thăm',
  description:
    'Khi khách không trả lời nữa sau khi bạn đã trả lời câu hỏi của họ, trợ lý soạn một tin hỏi thăm kèm giá và tồn kho hiện tại của sản phẩm. Tin này chờ bạn duyệt như mọi bản nháp, và chỉ tự gửi ở những chủ đề bạn đã cho phép chế độ tự động.',
  enabled: 'Soạn tin hỏi thăm cho khách không trả lời nữa',
  delay: 'Hỏi thăm sau (giờ)',
  delayHelp: 'Tính từ câu trả lời của bạn, từ {{min}} đến {{max}} giờ.',
  rules:
    'Tối đa một tin mỗi cuộc trò chuyện, chỉ trong vòng 24 giờ kể từ tin nhắn cuối của khách, không bao giờ trong giờ yên lặng của bạn, không bao giờ gửi cho khách đã từ chối nhận tin, đang phàn nàn hoặc đang được người phụ trách. Giá và tồn kho được kiểm tra lại trước khi gửi.',
  saved: 'Đã lưu.',
  failed: 'Chưa lưu được: {{message}}',
};
