/** Article references per tenant: KB0001001, KB0001002, ... */
export const FIRST_ARTICLE_NUMBER = 1001;
const REFERENCE = /^KB(\d{7,})$/;

export const formatArticleReference = (number: number): string => `KB${String(number).padStart(7, '0')}`;

export function articleReferenceNumber(text: string): number | null {
  const match = REFERENCE.exec(text);
  return match ? Number(match[1]) : null;
}
