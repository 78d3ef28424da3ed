import { StreamHash128 } from '../src/core/util/StreamHash128.ts';
import { wholeFileFingerprint } from '../src/db/fingerprint.ts';

/** Reads a Blob as a stream of byte chunks (for the importer's async iteration). */
export async function* fileChunks(file: Blob): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * fileChunks that also hashes what it reads: when the stream has been read to its end, `done`
 * gets the file's whole-file fingerprint (src/db/fingerprint). A pass stopped early reports nothing.
 */
export async function* hashedChunks(file: Blob, done: (fingerprint: string) => void): AsyncGenerator<Uint8Array> {
  const hash = new StreamHash128();
  for await (const chunk of fileChunks(file)) {
    hash.update(chunk);
    yield chunk;
  }
  if (hash.bytes === file.size) done(wholeFileFingerprint(file.size, hash.digest()));
}
