import type { Master } from "../regions/master.ts";
import { Awards } from "../schema/awards.ts";
import { parseFriendly } from "../validate/friendly.ts";

export class AwardsError extends Error {
  override name = "AwardsError";
  readonly problems: readonly string[];

  constructor(file: string, problems: readonly string[]) {
    super(`${file}: daftar penghargaan tidak valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.problems = problems;
  }
}

/**
 * Checks the award lists: the schema, every recipient an instansi of the
 * master, every source cited listed, ids unique, no recipient twice in a
 * list, and never more named recipients than the list is known to have.
 * All problems are reported at once, each naming its list.
 */
export function loadAwards(raw: unknown, file: string, master: Master): Awards {
  const parsed = parseFriendly(Awards, raw);
  if (!parsed.ok) throw new AwardsError(file, parsed.problems);
  const awards = parsed.value;
  const problems: string[] = [];
  const known = new Set(Object.keys(awards.sumber));
  const cite = (where: string, keys: readonly string[]) => {
    for (const k of keys) if (!known.has(k)) problems.push(`${where}: sumber "${k}" tidak ada di daftar sumber`);
  };
  const ids = new Set<string>();
  for (const list of awards.daftar) {
    const where = `daftar ${list.id}`;
    if (ids.has(list.id)) problems.push(`${where}: id dipakai lebih dari sekali`);
    ids.add(list.id);
    cite(where, list.sumber);
    if (list.jumlah_penerima !== null && list.penerima.length > list.jumlah_penerima)
      problems.push(
        `${where}: ${list.penerima.length} penerima disebut, padahal jumlah_penerima ${list.jumlah_penerima}`,
      );
    if (list.jumlah_penerima !== null && list.jumlah_dinilai !== null && list.jumlah_penerima > list.jumlah_dinilai)
      problems.push(
        `${where}: jumlah_penerima ${list.jumlah_penerima} lebih dari jumlah_dinilai ${list.jumlah_dinilai}`,
      );
    const seen = new Set<string>();
    for (const r of list.penerima) {
      const key = `${r.kode_instansi}|${r.unit ?? ""}`;
      if (!master.byCode.has(r.kode_instansi))
        problems.push(`${where}: kode_instansi "${r.kode_instansi}" tidak ada di data master`);
      else if (list.evaluasi === "mpp" && master.byCode.get(r.kode_instansi)!.tingkat === "kl")
        problems.push(`${where}: MPP ${r.kode_instansi} bukan pemerintah daerah`);
      if (seen.has(key)) problems.push(`${where}: penerima ${key.replace(/\|$/, "")} disebut dua kali`);
      seen.add(key);
      cite(`${where}, penerima ${r.kode_instansi}`, r.sumber);
    }
  }
  for (const c of awards.perbedaan) {
    if (!ids.has(c.daftar)) problems.push(`perbedaan: daftar "${c.daftar}" tidak ada`);
    cite(`perbedaan ${c.daftar}`, c.sumber);
  }
  if (problems.length) throw new AwardsError(file, problems);
  return awards;
}

/** Every award list that names an instansi, with the recipient entry: for the mark on its page. */
export function awardsOf(awards: Awards, kode: string) {
  return awards.daftar.flatMap((list) =>
    list.penerima.filter((r) => r.kode_instansi === kode).map((recipient) => ({ list, recipient })),
  );
}
