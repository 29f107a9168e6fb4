/**
 * Words that often open an Indonesian news sentence and seldom stand inside a title-cased headline followed by a
 * lower-case word: where a glued `Baca juga` headline gives way to the body (`… Kebutuhan Lebaran Misalnya pada …`).
 */
export const SENTENCE_STARTERS: readonly string[] = (
  'Misalnya Namun Sementara Menurut Selain Dia Ia Mereka Kami Kita Saya Hal Dalam Pada Untuk Sebelumnya Kemudian ' +
  'Adapun Meski Meskipun Bahkan Sedangkan Setelah Terkait Berdasarkan Kini Sebab Karena Jika Apalagi Sejumlah ' +
  'Salah Para Seperti Pihak Berikut Lalu Padahal Akibatnya Sayangnya Alhasil Tapi Tetapi Sehingga Sejak Ketika ' +
  'Selanjutnya Diketahui Dikatakan Disebutkan Sebagaimana Dengan Hingga Pun Oleh Atas Tak Tidak Belum Sudah Juga ' +
  'Begitu Demikian Selama Usai Seusai Sesuai Bagi Terlebih Adanya Sebelum Sesudah Awalnya Rencananya Sebelumnya'
).split(' ');
