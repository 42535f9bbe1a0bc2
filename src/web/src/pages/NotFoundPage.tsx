import { Link } from 'wouter';

export function NotFoundPage(): React.JSX.Element {
  return (
    <>
      <h1 tabIndex={-1}>Page not found</h1>
      <p>
        There is nothing at this address. <Link href="/">Go to the home page</Link>.
      </p>
    </>
  );
}
