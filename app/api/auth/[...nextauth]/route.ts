// Auth.js's own endpoints (sign-in callbacks, CSRF token, session); Auth.js checks each itself.
import { handlers } from '@/auth';

export const { GET, POST } = handlers;
