import { Link } from 'wouter';
import { CredentialsForm } from './CredentialsForm.js';

export function SignInPage(): React.JSX.Element {
  return (
    <section className="narrow">
      <h1 tabIndex={-1}>Sign in to your journal</h1>
      <p>Your journal is private: only you can see it once signed in.</p>
      <CredentialsForm mode="signin" />
      <p>
        No account yet? <Link href="/signup">Create an account</Link>
      </p>
    </section>
  );
}
