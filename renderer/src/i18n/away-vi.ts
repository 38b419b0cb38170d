import type { awayEn } from './away-en';
import type { OtherOnly } from './plural-shape';

/** Vietnamese strings of the greeting, away and holding messages and the AI disclosure line. */
export const awayVi: OtherOnly<typeof awayEn> = {
  title: 'Tin chào, tin ngoài giờ và tin chờ',
  description: 'Tin bạn viết một lần và ứng dụng tự gửi, bằng ngôn ngữ của khách, không bao giờ gửi cho người đã từ chối nhận tin. Nút dừng khẩn sẽ dừng và tắt chúng.',
  language: 'Ngôn ngữ của khách',
  textIn: '{{message}} bằng {{language}}',
  greeting: {
    label: 'Tin chào',
    help: 'Gửi một lần, khi khách nhắn cho cửa hàng lần đầu.',
    placeholder: 'Xin chào! Cảm ơn bạn đã nhắn cho chúng tôi.',
  },
  away: {
    label: 'Tin ngoài giờ',
    help: 'Gửi ngoài giờ mở cửa trong hồ sơ cửa hàng, tối đa một lần mỗi ngày cho mỗi cuộc trò chuyện.',
    placeholder: 'Hiện chúng tôi đã đóng cửa; chúng tôi sẽ trả lời khi mở cửa.',
  },
  holding: {
    label: 'Tin chờ',
    help: 'Gửi một lần khi cuộc trò chuyện được chuyển cho người. {opens} sẽ thành giờ bạn mở cửa.',
    placeholder: 'Một người của cửa hàng sẽ trả lời bạn — chúng tôi mở cửa lúc {opens}.',
  },
  disclosure: {
    label: 'Cho khách biết trợ lý soạn câu trả lời',
    help: 'Một dòng thêm vào tin tự động. Để trống để dùng câu gợi ý.',
    off: 'Tắt',
    first: 'Ở tin tự động đầu tiên trong cuộc trò chuyện',
    every: 'Ở mọi tin tự động',
  },
  saved: 'Đã lưu.',
  error: 'Không lưu được. Chỉ chủ cửa hàng mới đổi được các tin này.',
};
