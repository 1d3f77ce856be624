// Sharing a Doc view-only (DocumentApp can add viewers and editors, never "anyone with the link").
// One address Google refuses (no Google account behind it) makes a list call fail whole: then each
// address is tried alone, and the refused ones are returned for the message, never thrown.

/** Adds the addresses as viewers; returns those Google refused. */
export function shareViewOnly(doc: GoogleAppsScript.Document.Document, emails: readonly string[]): string[] {
  if (emails.length === 0) return [];
  try {
    doc.addViewers([...emails]);
    return [];
  } catch (_error) {
    const refused: string[] = [];
    for (const email of emails) {
      try {
        doc.addViewer(email);
      } catch (_e) {
        refused.push(email);
      }
    }
    return refused;
  }
}
