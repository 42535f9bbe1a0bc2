import { useState } from 'react';
import { api, setCsrfToken } from '../../api/client.js';
import { FormError } from '../../components/form/FieldError.js';
import { TextField } from '../../components/form/TextField.js';
import { useFormErrors } from '../../components/form/useFormErrors.js';
import { useSession } from './useSession.js';

/** Deleting is final, so it asks for the password and says plainly what is erased. */
export function DeleteAccountForm(): React.JSX.Element {
  const { refresh } = useSession();
  const errors = useFormErrors();
  const [password, setPassword] = useState('');

  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault();
    errors.clear();
    try {
      await api.del('/api/auth/account', { password });
      setCsrfToken(null);
      await refresh();
    } catch (caught) {
      errors.report(caught);
    }
  }

  return (
    <form
      ref={errors.formRef}
      onSubmit={(e) => void submit(e)}
      noValidate
      className="stack-form danger-zone"
      aria-labelledby="delete-account"
    >
      <h2 id="delete-account">Delete account</h2>
      <p>
        This erases your account and <strong>all of its data</strong>: every journal entry, its earlier versions, your chosen scales and
        your sessions. It cannot be undone. Export your journal first if you want to keep a copy.
      </p>
      <FormError message={errors.formError} />
      <TextField
        label="Your password, to confirm"
        field="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onValue={setPassword}
        error={errors.errorFor('password')}
      />
      <button type="submit" className="danger">
        Delete my account and all its data
      </button>
    </form>
  );
}
