import type { Entity } from "@sinmun/core";

/**
 * The key an entity is counted by across documents: its dictionary id when linked (오픈AI,
 * OpenAI and 오픈에이아이 all give `openai`), else its label and canonical name (`PERSON:김하늘`),
 * because a document-local id (`doc:…`) means nothing in another document.
 *
 * @example
 * entityKey({ id: "openai", label: "ORG", name: "오픈AI" }); // "openai"
 * entityKey({ id: "doc:김하늘", label: "PERSON", name: "김하늘" }); // "PERSON:김하늘"
 */
export function entityKey(entity: Pick<Entity, "id" | "label" | "name">): string {
  return entity.id.startsWith("doc:") ? `${entity.label}:${entity.name}` : entity.id;
}
