import { z } from "zod";

const indonesian = z.locales.id().localeError;

export type Friendly<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/**
 * Parses with a zod schema and turns its issues into lines a person can act
 * on, in Bahasa Indonesia, each prefixed with the path of the field
 * ("aspek.2.bobot: …"). The locale is passed per call, so nothing global changes.
 */
export function parseFriendly<S extends z.ZodType>(schema: S, value: unknown): Friendly<z.output<S>> {
  const r = schema.safeParse(value, { error: indonesian });
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    problems: r.error.issues.map((i) => `${i.path.length ? i.path.join(".") : "(akar)"}: ${i.message}`),
  };
}
