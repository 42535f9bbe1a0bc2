import { Link } from 'wouter';
import { CredentialsForm } from './CredentialsForm.js';

/** `first` is for a fresh instance with no accounts yet. */
export function SignUpPage({ first }: { first: boolean }): React.JSX.Element {
  return (
    <section className="narrow">
      <h1 tabIndex={-1}>{first ? 'Create the first account' : 'Create an account'}</h1>
      {first ? <p>This LDN Atlas has no accounts yet. The first account you create here keeps its own private journal.</p> : null}
      <p>You can export everything you record, and deleting the account erases it all.</p>
      <CredentialsForm mode="signup" />
      {first ? null : (
        <p>
          Already have an account? <Link href="/">Sign in</Link>
        </p>
      )}
    </section>
  );
}
