import type { Locale } from '../languages'

/**
 * The words of the mails the portal sends. Server-only: they never reach a browser. `{site}` is
 * the site's name in the same language, `{name}` the recipient's name.
 */
export const mailStrings = {
  greeting: {
    en: 'Hello {name},',
    th: 'สวัสดีคุณ {name}',
    km: 'សួស្តី {name}',
    lo: 'ສະບາຍດີ {name}',
    my: 'မင်္ဂလာပါ {name}',
    vi: 'Xin chào {name},',
    id: 'Halo {name},',
  },
  verifySubject: {
    en: 'Confirm your e-mail address',
    th: 'ยืนยันที่อยู่อีเมลของคุณ',
    km: 'បញ្ជាក់អាសយដ្ឋានអ៊ីមែលរបស់អ្នក',
    lo: 'ຢືນຢັນທີ່ຢູ່ອີເມວຂອງທ່ານ',
    my: 'သင့်အီးမေးလ်လိပ်စာကို အတည်ပြုပါ',
    vi: 'Xác nhận địa chỉ email của bạn',
    id: 'Konfirmasi alamat email Anda',
  },
  verifyIntro: {
    en: 'To confirm this address for your account at the {site}, open this link:',
    th: 'เพื่อยืนยันที่อยู่อีเมลนี้สำหรับบัญชีของคุณที่{site} โปรดเปิดลิงก์นี้:',
    km: 'ដើម្បីបញ្ជាក់អាសយដ្ឋាននេះសម្រាប់គណនីរបស់អ្នកនៅ{site} សូមបើកតំណនេះ៖',
    lo: 'ເພື່ອຢືນຢັນທີ່ຢູ່ນີ້ສຳລັບບັນຊີຂອງທ່ານທີ່{site} ກະລຸນາເປີດລິ້ງນີ້:',
    my: '{site} ရှိ သင့်အကောင့်အတွက် ဤလိပ်စာကို အတည်ပြုရန် ဤလင့်ခ်ကို ဖွင့်ပါ-',
    vi: 'Để xác nhận địa chỉ này cho tài khoản của bạn tại {site}, hãy mở liên kết sau:',
    id: 'Untuk mengonfirmasi alamat ini bagi akun Anda di {site}, buka tautan berikut:',
  },
  verifyIgnore: {
    en: 'If you did not create an account, ignore this message.',
    th: 'หากคุณไม่ได้สร้างบัญชี โปรดเพิกเฉยต่ออีเมลนี้',
    km: 'ប្រសិនបើអ្នកមិនបានបង្កើតគណនីទេ សូមមិនអើពើនឹងសារនេះ។',
    lo: 'ຖ້າທ່ານບໍ່ໄດ້ສ້າງບັນຊີ, ກະລຸນາບໍ່ຕ້ອງສົນໃຈຂໍ້ຄວາມນີ້.',
    my: 'သင် အကောင့် မဖွင့်ခဲ့ပါက ဤစာကို လျစ်လျူရှုပါ။',
    vi: 'Nếu bạn không tạo tài khoản, hãy bỏ qua thư này.',
    id: 'Jika Anda tidak membuat akun, abaikan pesan ini.',
  },
  resetSubject: {
    en: 'Reset your password',
    th: 'ตั้งรหัสผ่านใหม่',
    km: 'កំណត់ពាក្យសម្ងាត់របស់អ្នកឡើងវិញ',
    lo: 'ຕັ້ງລະຫັດຜ່ານຂອງທ່ານໃໝ່',
    my: 'သင့်စကားဝှက်ကို ပြန်လည်သတ်မှတ်ပါ',
    vi: 'Đặt lại mật khẩu của bạn',
    id: 'Atur ulang kata sandi Anda',
  },
  // Payload's reset tokens last one hour (auth.forgotPassword.expiration left at its default).
  resetIntro: {
    en: 'Someone asked to reset the password of your account at the {site}. To choose a new password, open this link within one hour:',
    th: 'มีผู้ขอตั้งรหัสผ่านใหม่สำหรับบัญชีของคุณที่{site} หากต้องการเลือกรหัสผ่านใหม่ โปรดเปิดลิงก์นี้ภายในหนึ่งชั่วโมง:',
    km: 'មាននរណាម្នាក់បានស្នើសុំកំណត់ពាក្យសម្ងាត់នៃគណនីរបស់អ្នកនៅ{site}ឡើងវិញ។ ដើម្បីជ្រើសរើសពាក្យសម្ងាត់ថ្មី សូមបើកតំណនេះក្នុងរយៈពេលមួយម៉ោង៖',
    lo: 'ມີຄົນຂໍຕັ້ງລະຫັດຜ່ານຂອງບັນຊີຂອງທ່ານທີ່{site}ໃໝ່. ເພື່ອເລືອກລະຫັດຜ່ານໃໝ່, ກະລຸນາເປີດລິ້ງນີ້ພາຍໃນໜຶ່ງຊົ່ວໂມງ:',
    my: '{site} ရှိ သင့်အကောင့်၏ စကားဝှက်ကို ပြန်လည်သတ်မှတ်ရန် တစ်စုံတစ်ယောက်က တောင်းဆိုခဲ့သည်။ စကားဝှက်အသစ် ရွေးချယ်ရန် ဤလင့်ခ်ကို တစ်နာရီအတွင်း ဖွင့်ပါ-',
    vi: 'Có người đã yêu cầu đặt lại mật khẩu cho tài khoản của bạn tại {site}. Để chọn mật khẩu mới, hãy mở liên kết sau trong vòng một giờ:',
    id: 'Seseorang meminta pengaturan ulang kata sandi akun Anda di {site}. Untuk memilih kata sandi baru, buka tautan berikut dalam satu jam:',
  },
  resetIgnore: {
    en: 'If you did not ask for this, ignore this message: your password stays as it is.',
    th: 'หากคุณไม่ได้ขอ โปรดเพิกเฉยต่ออีเมลนี้ รหัสผ่านของคุณจะยังคงเหมือนเดิม',
    km: 'ប្រសិនបើអ្នកមិនបានស្នើសុំទេ សូមមិនអើពើនឹងសារនេះ៖ ពាក្យសម្ងាត់របស់អ្នកនៅដដែល។',
    lo: 'ຖ້າທ່ານບໍ່ໄດ້ຂໍ, ກະລຸນາບໍ່ຕ້ອງສົນໃຈຂໍ້ຄວາມນີ້: ລະຫັດຜ່ານຂອງທ່ານຍັງຄືເກົ່າ.',
    my: 'သင် မတောင်းဆိုခဲ့ပါက ဤစာကို လျစ်လျူရှုပါ။ သင့်စကားဝှက် ပြောင်းလဲမည် မဟုတ်ပါ။',
    vi: 'Nếu bạn không yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn vẫn giữ nguyên.',
    id: 'Jika Anda tidak memintanya, abaikan pesan ini: kata sandi Anda tetap seperti semula.',
  },
} satisfies Record<string, Record<Locale, string>>

export type MailKey = keyof typeof mailStrings
