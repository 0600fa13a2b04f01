import { z } from "zod";
import { DataStatus } from "./output.ts";

/**
 * The release record of a frozen edition: `data/rilis/<year>.json`, written
 * by `npm run release -- <year>` and committed (a sample year's folder is
 * generated and git-ignored; its record is not). Contract in data/README.md
 * ("Rilis dan ralat").
 */

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, "harus SHA-256 heksadesimal (64 karakter 0-9a-f)");
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "harus tanggal YYYY-MM-DD")
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: "bukan tanggal yang ada",
    },
  );

/** One input file of the year, by its path inside the year folder (`pekppp/f02.csv`). */
export const InputFileHash = z.object({ berkas: z.string().min(1), sha256: Sha256 }).strict();
export type InputFileHash = z.infer<typeof InputFileHash>;

/**
 * One result in canonical form: which evaluation, its key (the kode_instansi;
 * for a Ramah Kelompok Rentan unit `kode/unit`), and every value as the
 * canonical text of the number or word the product carries (release/canonical.ts).
 */
export const CanonicalRow = z
  .object({
    evaluasi: z.enum(["pekppp", "mpp", "rkr"]),
    kunci: z.string().min(1),
    nilai: z.record(z.string(), z.string().nullable()),
  })
  .strict();
export type CanonicalRow = z.infer<typeof CanonicalRow>;

export const RELEASE_SCHEMA_VERSION = 1;
/** The version of the canonical form; a new one would need the records re-sealed (never silently). */
export const CANONICAL_FORM = "kanonik-1";

export const ReleaseRecord = z
  .object({
    schemaVersion: z.literal(RELEASE_SCHEMA_VERSION),
    tahun: z.number().int(),
    /** The contract words of tahun.json: `official` or `sample`. */
    status: DataStatus,
    /** The methodology profile the edition was scored with. */
    profil: z.string().min(1),
    /** The decree that set the results (required for an official edition); null for a sample. */
    keputusan: z.string().min(1).nullable(),
    tanggal_rilis: IsoDate,
    /** SHA-256 of every input file of the year folder (hidden files aside), sorted by path. */
    berkas: z.array(InputFileHash),
    hasil: z
      .object({
        bentuk: z.literal(CANONICAL_FORM),
        /** SHA-256 of the canonical text of `baris` (canonicalText). */
        sha256: Sha256,
        jumlah: z.number().int().nonnegative(),
        baris: z.array(CanonicalRow),
      })
      .strict(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.status === "official" && r.keputusan === null)
      ctx.addIssue({ code: "custom", path: ["keputusan"], message: "edisi resmi harus menyebut keputusannya" });
    if (r.hasil.jumlah !== r.hasil.baris.length)
      ctx.addIssue({ code: "custom", path: ["hasil", "jumlah"], message: "tidak sama dengan banyaknya baris" });
  });
export type ReleaseRecord = z.infer<typeof ReleaseRecord>;

/** One value an erratum revised: the result `kode` (as `kunci` of the canonical row), its column, before and after. */
export const ErratumChange = z
  .object({
    kode: z.string().min(1),
    /** `pekppp` when absent. */
    evaluasi: z.enum(["pekppp", "mpp", "rkr"]).optional(),
    kolom: z.string().min(1),
    /** Canonical text; null where the result had no such value (a row added or removed). */
    sebelum: z.string().nullable(),
    sesudah: z.string().nullable(),
  })
  .strict();
export type ErratumChange = z.infer<typeof ErratumChange>;

export const Erratum = z
  .object({
    tanggal: IsoDate,
    alasan: z.string().trim().min(1, "alasan ralat harus diisi"),
    perubahan: z.array(ErratumChange),
    /** Input files the erratum replaced, with their new SHA-256 (null: the file was removed). */
    berkas: z.array(z.object({ berkas: z.string().min(1), sha256: Sha256.nullable() }).strict()).optional(),
  })
  .strict();
export type Erratum = z.infer<typeof Erratum>;

/** `data/ralat/<year>.json`: the errata of a frozen edition, oldest first. */
export const ErrataFile = z
  .object({ schemaVersion: z.literal(RELEASE_SCHEMA_VERSION), tahun: z.number().int(), ralat: z.array(Erratum) })
  .strict()
  .superRefine((f, ctx) => {
    for (let k = 1; k < f.ralat.length; k++)
      if (f.ralat[k]!.tanggal < f.ralat[k - 1]!.tanggal)
        ctx.addIssue({ code: "custom", path: ["ralat", k, "tanggal"], message: "ralat harus urut dari yang terlama" });
  });
export type ErrataFile = z.infer<typeof ErrataFile>;

/** `ralat.json` of the data product: every erratum of every year, machine-readable. */
export const ErrataProduct = z.object({
  schemaVersion: z.literal(RELEASE_SCHEMA_VERSION),
  ralat: z.array(Erratum.extend({ tahun: z.number().int() })),
});
export type ErrataProduct = z.infer<typeof ErrataProduct>;
