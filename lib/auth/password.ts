// Password hashing with argon2id (OWASP's first choice). Parameters are the library's defaults,
// which meet OWASP's minimum (19 MiB, 2 passes).
import { hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id; the library's enum is an ambient const enum, which isolated modules cannot read.
const ARGON2ID = 2;


export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed sign-in, not a crash.
    return false;
  }
}
