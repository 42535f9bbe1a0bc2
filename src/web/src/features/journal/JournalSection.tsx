import { Route, Switch } from 'wouter';
import { AccountPage } from '../account/AccountPage.js';
import { RequireSession } from '../account/RequireSession.js';
import { SessionProvider } from '../account/SessionContext.js';
import { CheckInPage } from './CheckInPage.js';
import { DataPage } from './DataPage.js';
import { InsightsPage } from './InsightsPage.js';
import { JournalNav } from './JournalNav.js';
import { SummaryPage } from './SummaryPage.js';
import './journal.css';

/** Everything under /journal: needs a session; nested routes are relative to /journal. */
export default function JournalSection(): React.JSX.Element {
  return (
    <SessionProvider>
      <RequireSession>
        <JournalNav />
        <Switch>
          <Route path="/" component={CheckInPage} />
          <Route path="/insights" component={InsightsPage} />
          <Route path="/summary" component={SummaryPage} />
          <Route path="/data" component={DataPage} />
          <Route path="/account" component={AccountPage} />
          <Route>
            <h1 tabIndex={-1}>Page not found</h1>
            <p>There is no journal page at this address.</p>
          </Route>
        </Switch>
      </RequireSession>
    </SessionProvider>
  );
}
