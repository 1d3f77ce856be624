// The addresses Docs and Sheets accept when a document or a protected range is shared with someone
// (addViewer, addEditor, Protection.addEditor); MailApp checks recipients with its own rule (mail.ts).
// Deliberately plain: Google refuses what is not an address (no "@", spaces, no dot in the domain);
// an address with no Google account is refused too, which DocumentStore.refuseAccount emulates.
const EMAIL = /^[^\s@<>(),;:"[\]]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

export function isValidEmail(email: string): boolean {
  return EMAIL.test(email);
}

export function invalidEmail(email: string): Error {
  return new Error(`Invalid email: ${email}`);
}
