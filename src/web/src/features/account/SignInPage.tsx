import { Link } from 'wouter';
import { CredentialsForm } from './CredentialsForm.js';
import { useSession } from './useSession.js';

export function SignInPage(): React.JSX.Element {
  const { expired } = useSession();
  return (
    <section className="narrow">
      <h1 tabIndex={-1}>Sign in to your journal</h1>
      {expired ? (
        <p role="status" className="notice">
          You were signed out because your session ended. Sign in again to carry on: a check-in you had not saved yet is kept in this
          browser tab until then.
        </p>
      ) : null}
      <p>Your journal is private: only you can see it once signed in.</p>
      <CredentialsForm mode="signin" />
      <p>
        No account yet? <Link href="/signup">Create an account</Link>
      </p>
    </section>
  );
}
