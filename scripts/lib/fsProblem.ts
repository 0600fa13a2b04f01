import type { Stats } from "node:fs";

/**
 * A system error about a path in words a person can act on (Bahasa
 * Indonesia), without the raw code: what is wrong with the path and what to do.
 */
export function fsProblem(e: unknown, verb: "dibaca" | "ditulis" = "dibaca"): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "tidak ada; periksa jalurnya";
    case "EACCES":
    case "EPERM":
      return `tidak boleh ${verb} (izin ditolak); periksa hak akses berkas dan foldernya`;
    case "EISDIR":
      return "adalah folder, bukan berkas";
    case "ENOTDIR":
      return "salah satu bagian jalurnya bukan folder; periksa jalurnya";
    case "ELOOP":
      return "tautan simbolik yang berputar (menunjuk ke dirinya sendiri); ganti dengan berkas yang sebenarnya";
    case "ENAMETOOLONG":
      return "jalurnya terlalu panjang";
    case "EMFILE":
    case "ENFILE":
      return "terlalu banyak berkas terbuka; tutup program lain lalu coba lagi";
    case "EIO":
      return `gagal ${verb} (kesalahan masukan/keluaran disk); salin berkas ke disk lain lalu coba lagi`;
    case "ENOSPC":
      return "disk penuh; kosongkan ruang lalu coba lagi";
    case "EROFS":
      return "berada di disk yang hanya boleh dibaca";
    default:
      return `tidak dapat ${verb} (${code ?? (e as Error | undefined)?.message ?? "sebab tidak diketahui"})`;
  }
}

/** Why an existing entry that is not a regular file or folder cannot be read, or undefined when it can. */
export function notRegular(s: Stats): string | undefined {
  if (s.isFile() || s.isDirectory()) return undefined;
  if (s.isFIFO()) return "pipa bernama (FIFO), bukan berkas biasa; simpan datanya sebagai berkas";
  if (s.isSocket()) return "soket, bukan berkas biasa; simpan datanya sebagai berkas";
  if (s.isCharacterDevice() || s.isBlockDevice()) return "perangkat, bukan berkas biasa; simpan datanya sebagai berkas";
  return "bukan berkas biasa; simpan datanya sebagai berkas";
}
