/**
 * A file's fingerprint, to recognise a file imported before: its size and a SHA-256 of its first
 * and last 64 KB (the whole file when smaller). Cheap for a 50 MB file, and two different exports
 * practically never share size and both ends.
 */
const EDGE = 65536;

/** "size:hex" of a Blob (File) via Web Crypto (in a worker or the page). */
export async function fileFingerprint(file: Blob): Promise<string> {
  const head = new Uint8Array(await file.slice(0, EDGE).arrayBuffer());
  const tail =
    file.size > EDGE
      ? new Uint8Array(await file.slice(Math.max(EDGE, file.size - EDGE)).arrayBuffer())
      : new Uint8Array(0);
  const both = new Uint8Array(head.length + tail.length);
  both.set(head);
  both.set(tail, head.length);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', both));
  return `${file.size}:${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
