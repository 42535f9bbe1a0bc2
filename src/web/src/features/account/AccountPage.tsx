import { api, setCsrfToken } from '../../api/client.js';
import { discardDraft } from '../journal/draft.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';
import { DeleteAccountForm } from './DeleteAccountForm.js';
import { useSession } from './useSession.js';

export function AccountPage(): React.JSX.Element {
  const { session, refresh } = useSession();

  async function signOut(): Promise<void> {
    try {
      await api.post('/api/auth/signout');
    } finally {
      discardDraft();
      setCsrfToken(null);
      await refresh();
    }
  }

  return (
    <>
      <h1 tabIndex={-1}>Account</h1>
      <p>
        Signed in as <strong>{session?.user?.email}</strong>.
      </p>
      <button type="button" onClick={() => void signOut()}>
        Sign out
      </button>
      <ChangePasswordForm />
      <DeleteAccountForm />
    </>
  );
}
