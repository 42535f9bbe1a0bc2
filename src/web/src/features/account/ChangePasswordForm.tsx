import { useState } from 'react';
import { api } from '../../api/client.js';
import { FormError } from '../../components/form/FieldError.js';
import { TextField } from '../../components/form/TextField.js';
import { useFormErrors } from '../../components/form/useFormErrors.js';

export function ChangePasswordForm(): React.JSX.Element {
  const errors = useFormErrors();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [done, setDone] = useState(false);

  async function submit(e: React.FormEvent): Promise<void> {
    e.preventDefault();
    errors.clear();
    setDone(false);
    try {
      await api.post('/api/auth/password', { currentPassword, newPassword });
      setCurrent('');
      setNew('');
      setDone(true);
    } catch (caught) {
      errors.report(caught);
    }
  }

  return (
    <form ref={errors.formRef} onSubmit={(e) => void submit(e)} noValidate className="stack-form" aria-labelledby="change-password">
      <h2 id="change-password">Change password</h2>
      <FormError message={errors.formError} />
      <TextField
        label="Current password"
        field="currentPassword"
        type="password"
        autoComplete="current-password"
        value={currentPassword}
        onValue={setCurrent}
        error={errors.errorFor('currentPassword')}
      />
      <TextField
        label="New password"
        field="newPassword"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters. Other devices will be signed out."
        value={newPassword}
        onValue={setNew}
        error={errors.errorFor('newPassword')}
      />
      <button type="submit">Change password</button>
      <p role="status" className="confirmation-slot">
        {done ? 'Password changed. Other devices have been signed out.' : ''}
      </p>
    </form>
  );
}
