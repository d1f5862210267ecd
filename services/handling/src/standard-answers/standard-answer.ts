/**
 * The standard-answer library (标准答复库): per category, the answers to the questions citizens
 * ask again and again, each with the law and article it rests on. Every edit is a new version;
 * old versions stay readable, so a reply that cited version 2 can always show what it cited.
 * Edited only by the joint office; an edit names the version it was made on (optimistic lock).
 */

export interface LegalBasisRef {
  /** The law or policy, e.g. 《中华人民共和国社会保险法》. */
  law: string;
  /** The article, e.g. 第十九条. */
  article: string;
}

export interface StandardAnswerContent {
  /** First-level category of the board's taxonomy, e.g. 劳动和社会保障. */
  category: string;
  title: string;
  /** The words a question is found by. */
  keywords: string[];
  answer: string;
  legalBasis: LegalBasisRef;
}

export interface StandardAnswerVersion extends StandardAnswerContent {
  version: number;
  editedBy: string;
  editedAt: Date;
}

/** The stored answer: the latest version's fields on top, every version (latest included) in `versions`. */
export interface StandardAnswerDoc extends StandardAnswerVersion {
  _id: string;
  createdAt: Date;
  versions: StandardAnswerVersion[];
}

const clean = (content: StandardAnswerContent): StandardAnswerContent => ({
  category: content.category.trim(),
  title: content.title.trim(),
  keywords: [...new Set(content.keywords.map((k) => k.trim()).filter(Boolean))],
  answer: content.answer.trim(),
  legalBasis: { law: content.legalBasis.law.trim(), article: content.legalBasis.article.trim() },
});

export function firstVersion(id: string, content: StandardAnswerContent, by: string, now: Date): StandardAnswerDoc {
  const v1: StandardAnswerVersion = { ...clean(content), version: 1, editedBy: by, editedAt: now };
  return { _id: id, ...v1, createdAt: now, versions: [v1] };
}

/** The next version of an answer edited on `current` (the caller checked the expected version). */
export function nextVersion(current: Pick<StandardAnswerDoc, 'version'>, content: StandardAnswerContent, by: string, now: Date): StandardAnswerVersion {
  return { ...clean(content), version: current.version + 1, editedBy: by, editedAt: now };
}

/** A version as stored, or the latest when none is asked for. */
export function versionOf(doc: StandardAnswerDoc, version?: number): StandardAnswerVersion | undefined {
  if (version === undefined) return doc.versions.find((v) => v.version === doc.version) ?? doc;
  return doc.versions.find((v) => v.version === version);
}
