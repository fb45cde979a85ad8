// Password hashing with argon2id (OWASP's first choice). Parameters are the library's defaults,
// which meet OWASP's minimum (19 MiB, 2 passes).
import { Algorithm, hash, verify } from '@node-rs/argon2';

export const MAX_PASSWORD_LENGTH = 128;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: Algorithm.Argon2id });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed sign-in, not a crash.
    return false;
  }
}
