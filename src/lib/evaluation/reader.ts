import { detach, type CsvVisitor } from "../csv/readCsv.ts";
import type { Rational } from "../num/rational.ts";
import type { Master } from "../regions/master.ts";
import type { Instansi } from "../schema/master.ts";
import { lokusKey, readName, readScore, unknownInstansiMessage } from "../validate/cells.ts";
import { matchHeader } from "../validate/header.ts";
import type { FileTally, IssueCode } from "../validate/issues.ts";
import { unreadableRows } from "../validate/rowHandlers.ts";
import { FIXED_COLUMNS, type EvaluationMethod } from "./profile.ts";
import { scoreUnit, type UnitScore } from "./score.ts";

/** The first year an MPP can have opened: the first ones opened under Permen PANRB 23/2017. */
export const FIRST_MPP_YEAR = 2017;

/** One row read, checked and scored. */
export interface ReadUnit {
  readonly instansi: Instansi;
  /** nama_mpp (MPP) or unit (Ramah Kelompok Rentan), cleaned. */
  readonly name: string;
  /** jenis_unit (Ramah Kelompok Rentan) or "" (MPP). */
  readonly kind: string;
  /** tahun_operasi (MPP) or null. */
  readonly opened: number | null;
  readonly facilities: readonly boolean[];
  readonly score: UnitScore;
  readonly row: number;
}

const YES = new Set(["1", "ya", "y", "ada"]);
const NO = new Set(["0", "tidak", "t", "tidak ada"]);

/**
 * Reads `<year>/mpp/mpp.csv` or `<year>/rkr/unit.csv` in the columns the
 * profile defines: the fixed columns of the evaluation, one column per
 * aspect valued from a column, one per facility. Every bad cell of a row is
 * reported (file, row, column, value, what to do) and the row is not scored:
 * a missing value is never counted as 0.
 */
export function evaluationReader(m: EvaluationMethod, o: { master: Master; tahun: number; tally: FileTally }) {
  const { def } = m;
  const { master, tahun, tally } = o;
  const fixed = FIXED_COLUMNS[def.evaluasi];
  const aspectColumns = def.aspek.filter((a) => a.nilai_dari === "kolom").map((a) => a.kode);
  const facilityColumns = (def.sarana?.daftar ?? []).map((f) => f.kode);
  const required = [...fixed, ...aspectColumns, ...facilityColumns];
  const units: ReadUnit[] = [];
  const seen = new Map<string, number>();
  let col: Record<string, number> | undefined;
  const spec = { min: def.skala.min, max: def.skala.max, decimals: def.desimal_nilai };
  const nameColumn = def.evaluasi === "mpp" ? "nama_mpp" : "unit";

  const visitor: CsvVisitor = {
    header(cells) {
      col = matchHeader(cells, required, [], tally);
    },
    ...unreadableRows(tally),
    record(cells, row) {
      tally.read++;
      if (!col) return tally.reject("header-salah");
      const cell = (name: string) => cells[col![name]!] ?? "";
      let first: IssueCode | undefined;
      const fail = (code: IssueCode, column: string, message: string) => {
        tally.error(code, message, { row, column, value: cell(column) });
        first ??= code;
      };

      const kode = cell("kode_instansi").trim();
      const instansi = master.byCode.get(kode);
      if (!instansi) fail("kode-instansi-tidak-dikenal", "kode_instansi", unknownInstansiMessage(kode));
      else if (def.evaluasi === "mpp" && instansi.tingkat === "kl")
        fail(
          "instansi-tidak-sesuai",
          "kode_instansi",
          "MPP diselenggarakan pemerintah daerah: gunakan kode provinsi atau kabupaten/kota, bukan K/L",
        );
      const read = (column: string): string => {
        const r = readName(cell(column));
        if ("text" in r) return r.text;
        fail("sel-tidak-sah", column, r.problem);
        return "";
      };
      const name = read(nameColumn);
      if (name === "" && first === undefined)
        fail(
          "unit-kosong",
          nameColumn,
          `${nameColumn} kosong: isi nama ${def.evaluasi === "mpp" ? "MPP" : "unit layanan"}`,
        );
      const kind = def.evaluasi === "rkr" ? read("jenis_unit") : "";
      if (def.evaluasi === "rkr" && kind === "" && first === undefined)
        fail("unit-kosong", "jenis_unit", "jenis_unit kosong: isi jenis unit (mis. RSUD, Dinas, Puskesmas)");

      let opened: number | null = null;
      if (def.evaluasi === "mpp") {
        const text = cell("tahun_operasi").trim();
        const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
        if (Number.isNaN(year))
          fail("tahun-operasi-tidak-valid", "tahun_operasi", "tahun_operasi harus tahun empat angka (mis. 2019)");
        else if (year < FIRST_MPP_YEAR || year > tahun)
          fail(
            "tahun-operasi-tidak-valid",
            "tahun_operasi",
            `tahun_operasi harus antara ${FIRST_MPP_YEAR} (MPP pertama) dan ${tahun} (tahun evaluasi)`,
          );
        else opened = year;
      }

      const values = new Map<string, Rational>();
      for (const a of aspectColumns) {
        const v = readScore(cell(a), { ...spec, column: a, row }, tally);
        if (typeof v === "string") first ??= v;
        else values.set(a, v);
      }
      const facilities = facilityColumns.map((f) => {
        const text = cell(f).trim().toLowerCase();
        if (YES.has(text)) return true;
        if (!NO.has(text))
          fail(
            "nilai-tidak-valid",
            f,
            text === "" ? "sel sarana kosong: isi 1 (ada) atau 0 (tidak ada)" : "isi 1 (ada) atau 0 (tidak ada)",
          );
        return false;
      });

      if (first === undefined && instansi) {
        const key = def.evaluasi === "mpp" ? kode : `${kode}\u0000${lokusKey(name)}`;
        const prev = seen.get(key);
        if (prev !== undefined) {
          const what =
            def.evaluasi === "mpp"
              ? `instansi ${kode} sudah punya MPP di baris ${prev}: satu baris per MPP per tahun`
              : `unit "${name}" instansi ${kode} sudah ada di baris ${prev}`;
          fail("duplikat", def.evaluasi === "mpp" ? "kode_instansi" : "unit", what);
        }
      }
      if (first !== undefined || !instansi) return tally.reject(first ?? "kode-instansi-tidak-dikenal");
      seen.set(def.evaluasi === "mpp" ? kode : `${kode}\u0000${lokusKey(name)}`, row);
      units.push({
        instansi,
        name: detach(name),
        kind: detach(kind),
        opened,
        facilities,
        score: scoreUnit(m, { values, facilities }),
        row,
      });
      tally.used++;
    },
  };
  return { visitor, units: () => units };
}
