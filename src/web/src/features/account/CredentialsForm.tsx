import { useState } from 'react';
import type { SessionResponse } from '../../../../contracts/auth.js';
import { api } from '../../api/client.js';
import { FormError } from '../../components/form/FieldError.js';
import { TextField } from '../../components/form/TextField.js';
import { useFormErrors } from '../../components/form/useFormErrors.js';
import { useSession } from './useSession.js';

/** Email and password, posted to sign-in or sign-up; the session that comes back signs the person in. */
export function CredentialsForm({ mode }: { mode: 'signin' | 'signup' }): React.JSX.Element {
  const { accept } = useSession();
  const errors = useFormErrors();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault();
    setBusy(true);
    errors.clear();
    try {
      accept(await api.post<SessionResponse>(mode === 'signin' ? '/api/auth/signin' : '/api/auth/signup', { email, password }));
    } catch (caught) {
      errors.report(caught);
      setBusy(false);
    }
  }

  return (
    <form ref={errors.formRef} onSubmit={(e) => void submit(e)} noValidate className="stack-form">
      <FormError message={errors.formError} />
      <TextField
        label="Email"
        field="email"
        type="email"
        autoComplete={mode === 'signin' ? 'username' : 'email'}
        required
        value={email}
        onValue={setEmail}
        error={errors.errorFor('email')}
      />
      <TextField
        label="Password"
        field="password"
        type="password"
        autoComplete={mode === 'signin' ? 'current-password' : 'new-password'}
        required
        hint={mode === 'signup' ? 'At least 10 characters. A long phrase is easier to remember than symbols.' : undefined}
        value={password}
        onValue={setPassword}
        error={errors.errorFor('password')}
      />
      <button type="submit" className="primary" disabled={busy}>
        {mode === 'signin' ? 'Sign in' : 'Create account'}
      </button>
    </form>
  );
}
