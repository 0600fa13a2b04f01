import { shown } from "../csv/cellText.ts";
import type { CsvVisitor } from "../csv/readCsv.ts";
import type { KlRow } from "../schema/master.ts";
import { readName } from "../validate/cells.ts";
import { matchHeader } from "../validate/header.ts";
import type { FileTally } from "../validate/issues.ts";
import { slugify } from "./slug.ts";

const KODE = /^KL\.\d{3}$/;

/**
 * Reads kl.csv (`kode,nama,singkatan`), the master list of the K/L: every
 * row is either a K/L of the list or an error naming its row and column,
 * so a mistake in the master data stops the build like one in the scores.
 * Names are normalised as lokus names are (cells.ts readName).
 */
export function klReader(tally: FileTally) {
  const rows: KlRow[] = [];
  const firstRow = new Map<string, number>();
  let col: Record<"kode" | "nama" | "singkatan", number> | undefined;

  const reject = (row: number, column: string, value: string, message: string) => {
    tally.error("masukan-tidak-valid", message, { row, column, value });
    tally.reject("masukan-tidak-valid");
  };

  const visitor: CsvVisitor = {
    header(cells) {
      col = matchHeader(cells, ["kode", "nama", "singkatan"], [], tally);
    },
    blank(row) {
      tally.read++;
      tally.error("baris-kosong", "baris kosong di daftar K/L; hapus baris ini", { row });
      tally.reject("baris-kosong");
    },
    malformed(row, reason, column) {
      tally.read++;
      if (column) tally.error("baris-rusak", reason, { row, column });
      else tally.error("baris-rusak", `baris tidak dapat dibaca sebagai CSV: ${reason}`, { row });
      tally.reject("baris-rusak");
    },
    record(cells, row) {
      tally.read++;
      if (!col) return tally.reject("header-salah");
      const kodeCell = cells[col.kode] ?? "";
      const kode = kodeCell.trim();
      if (!KODE.test(kode))
        return reject(row, "kode", kodeCell, "kode K/L harus berbentuk KL.nnn (kode bagian anggaran, mis. KL.024)");
      const seen = firstRow.get(kode);
      if (seen !== undefined)
        return reject(row, "kode", kodeCell, `kode ${kode} sudah ada di baris ${seen}; setiap K/L satu baris`);
      const names: string[] = [];
      for (const column of ["nama", "singkatan"] as const) {
        const cell = cells[col[column]] ?? "";
        const name = readName(cell);
        if ("problem" in name) return reject(row, column, cell, name.problem);
        if (name.text === "") return reject(row, column, cell, `${column} kosong`);
        names.push(name.text);
      }
      const [nama, singkatan] = names as [string, string];
      if (slugify(nama) === "")
        return reject(
          row,
          "nama",
          cells[col.nama] ?? "",
          `nama "${shown(nama)}" tidak memuat huruf Latin atau angka: alamat halamannya dibentuk dari nama (mis. kementerian-kesehatan); tulis nama dengan huruf Latin`,
        );
      firstRow.set(kode, row);
      rows.push({ kode, nama, singkatan });
      tally.used++;
    },
  };
  return { visitor, rows: () => rows };
}
