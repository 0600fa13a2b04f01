/**
 * The social cards: /kartu/<year>/<key>.png, one file per card shared by
 * both languages (src/pagedata/cards.ts says which exist and what they say).
 */
import type { APIRoute } from "astro";
import { allCards, cardPng } from "../../../pagedata/cards.ts";

export function getStaticPaths() {
  return allCards().map((ref) => ({ params: { tahun: String(ref.year), kunci: ref.key }, props: { ref } }));
}

export const GET: APIRoute = async ({ props }) =>
  new Response(Buffer.from(await cardPng(props["ref"])), { headers: { "content-type": "image/png" } });
