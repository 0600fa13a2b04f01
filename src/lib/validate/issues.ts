import { shown } from "../csv/cellText.ts";
import { detach } from "../csv/readCsv.ts";

/** Why a row was rejected, or what a warning is about. Stable, for reports and tests. */
export type IssueCode =
  | "header-salah"
  | "kolom-tidak-dikenal"
  | "baris-kosong"
  | "baris-rusak"
  | "kode-instansi-tidak-dikenal"
  | "lokus-kosong"
  | "indikator-tidak-dikenal"
  | "butir-tidak-dikenal"
  | "responden-kosong"
  | "nilai-tidak-valid"
  | "nilai-di-luar-rentang"
  | "duplikat"
  | "lokus-tidak-lengkap"
  | "responden-tidak-lengkap"
  | "lokus-tidak-ada-di-f02"
  | "lokus-tanpa-f03"
  | "jumlah-responden"
  | "ipp-tidak-valid"
  | "predikat-tidak-cocok"
  | "hasil-berbeda"
  | "tahun-tidak-valid"
  | "berkas-tidak-ada"
  | "berkas-tidak-terbaca"
  | "masukan-tidak-valid"
  | "sel-tidak-sah"

  // MPP and Ramah Kelompok Rentan inputs (src/lib/evaluation)
  | "unit-kosong"
  | "tahun-operasi-tidak-valid"
  | "instansi-tidak-sesuai"
  // Frozen editions (src/lib/release)
  | "rilis-tidak-valid"
  | "edisi-berubah"
  // Published figures (data/terbitan)
  | "angka-terbitan-tidak-valid";

export type Severity = "error" | "warning";

export interface Issue {
  readonly severity: Severity;
  readonly code: IssueCode;
  readonly file: string;
  /** Spreadsheet row number (header = 1); absent for file-level problems. */
  readonly row?: number;
  readonly column?: string;
  readonly value?: string;
  readonly message: string;
}

/** One line a person can act on: file, row, column, value, reason. */
export function formatIssue(i: Issue): string {
  const where = [i.file, i.row !== undefined ? `baris ${i.row}` : undefined, i.column ? `kolom ${i.column}` : undefined]
    .filter(Boolean)
    .join(", ");
  const value = i.value !== undefined ? ` (nilai: "${i.value}")` : "";
  const tag = i.severity === "error" ? "GALAT" : "PERINGATAN";
  return `${tag} ${where}: ${i.message}${value}`;
}

/** At most this many issues of one code per file are kept in memory; all are counted. */
export const ISSUE_LIMIT_PER_CODE = 1000;

/**
 * What a FileTally holds, as plain data: what a reader working on one part
 * of a file (in another thread) sends back to be added to the file's tally.
 */
export interface TallyState {
  readonly issues: readonly Issue[];
  readonly omitted: ReadonlyMap<IssueCode, number>;
  readonly rejected: ReadonlyMap<IssueCode, number>;
  readonly read: number;
  readonly used: number;
  readonly errors: number;
  readonly warnings: number;
}

/** Collects the issues of one input file and counts what happened to each of its rows. */
export class FileTally {
  issues: Issue[] = [];
  readonly omitted = new Map<IssueCode, number>();
  readonly rejected = new Map<IssueCode, number>();
  private readonly kept = new Map<IssueCode, number>();
  read = 0;
  used = 0;
  errors = 0;
  warnings = 0;

  readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  report(
    severity: Severity,
    code: IssueCode,
    message: string,
    at: { row?: number; column?: string; value?: string } = {},
  ): void {
    if (severity === "error") this.errors++;
    else this.warnings++;
    const n = this.kept.get(code) ?? 0;
    if (n >= ISSUE_LIMIT_PER_CODE) {
      this.omitted.set(code, (this.omitted.get(code) ?? 0) + 1);
      return;
    }
    this.kept.set(code, n + 1);
    // A kept issue lives until the report is written: copy the text it took from the CSV,
    // so it does not hold the whole piece of file its cell was cut from (see detach).
    const where = definedOnly(at);
    // At most about 100 characters of a value are quoted, with invisible characters made visible.
    if (where.value !== undefined) where.value = detach(shown(where.value));
    this.issues.push({ severity, code, file: this.file, message: detach(message), ...where });
  }

  error(code: IssueCode, message: string, at?: { row?: number; column?: string; value?: string }): void {
    this.report("error", code, message, at);
  }

  warn(code: IssueCode, message: string, at?: { row?: number; column?: string; value?: string }): void {
    this.report("warning", code, message, at);
  }

  /** Counts `count` issues that were found but are not kept: beyond the limit per code, known only by number. */
  countUnkept(severity: Severity, code: IssueCode, count: number): void {
    if (count <= 0) return;
    if (severity === "error") this.errors += count;
    else this.warnings += count;
    this.omitted.set(code, (this.omitted.get(code) ?? 0) + count);
  }

  state(): TallyState {
    const { issues, omitted, rejected, read, used, errors, warnings } = this;
    return { issues, omitted, rejected, read, used, errors, warnings };
  }

  /**
   * Adds the tally of a later part of the same file, whose rows are numbered
   * `shift` less than in the whole file. Call `settle` once all parts are in.
   */
  absorb(part: TallyState, shift: number): void {
    for (const i of part.issues) this.issues.push(i.row === undefined ? i : { ...i, row: i.row + shift });
    for (const [code, n] of part.omitted) this.omitted.set(code, (this.omitted.get(code) ?? 0) + n);
    for (const [code, n] of part.rejected) this.reject(code, n);
    this.read += part.read;
    this.used += part.used;
    this.errors += part.errors;
    this.warnings += part.warnings;
  }

  /**
   * Puts the issues in row order (file-level ones first) and keeps the first
   * ISSUE_LIMIT_PER_CODE of each code, counting the rest as omitted: the list
   * one reading of the whole file, row after row, would have made. Each part
   * kept its own first ones, so the first ones of the whole are among them.
   */
  settle(): void {
    const sorted = this.issues.slice().sort((a, b) => (a.row ?? 0) - (b.row ?? 0)); // stable: same row, same order
    this.kept.clear();
    this.issues = [];
    for (const issue of sorted) {
      const n = this.kept.get(issue.code) ?? 0;
      if (n >= ISSUE_LIMIT_PER_CODE) this.omitted.set(issue.code, (this.omitted.get(issue.code) ?? 0) + 1);
      else {
        this.kept.set(issue.code, n + 1);
        this.issues.push(issue);
      }
    }
  }

  /**
   * Forgets the rows counted so far, for a file refused whole part-way
   * through (it could not be read to the end): none of its rows is used,
   * and the file's own error says why. Issues already found are kept.
   */
  forget(): void {
    this.read = 0;
    this.used = 0;
    this.rejected.clear();
  }

  /** Counts `count` rows as rejected for `code` (each rejected row has exactly one reason). */
  reject(code: IssueCode, count = 1): void {
    if (count > 0) this.rejected.set(code, (this.rejected.get(code) ?? 0) + count);
  }

  get rejectedTotal(): number {
    let t = 0;
    for (const n of this.rejected.values()) t += n;
    return t;
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
