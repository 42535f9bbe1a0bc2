import { z } from 'zod';

const email = z.string().trim().max(254).email('must be an email address');
/** At least 10 characters: length beats composition rules (NIST SP 800-63B §5.1.1.2 asks for 8 or more). */
const password = z.string().min(10, 'must be at least 10 characters').max(256, 'must be at most 256 characters');

export const credentialsSchema = z.object({ email, password }).meta({ id: 'Credentials' });
export const signInSchema = z.object({ email, password: z.string().min(1).max(256) }).meta({ id: 'SignIn' });
export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(256), newPassword: password })
  .meta({ id: 'ChangePassword' });
export const deleteAccountSchema = z.object({ password: z.string().min(1).max(256) }).meta({ id: 'DeleteAccount' });

export const sessionResponseSchema = z
  .object({
    user: z.object({ id: z.string(), email: z.string() }).nullable(),
    /** Send back as X-CSRF-Token on every POST, PUT, PATCH and DELETE. */
    csrfToken: z.string().nullable(),
    /** True on a fresh instance: the web app offers to create the first account. */
    setupRequired: z.boolean(),
  })
  .meta({ id: 'Session' });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;
