import { Route, Switch } from 'wouter';
import { RequireSession } from '../account/RequireSession.js';
import { SessionProvider } from '../account/SessionContext.js';
import { TrialReportPage } from './TrialReportPage.js';
import { TrialsHome } from './TrialsHome.js';
import { TrialStatusPage } from './TrialStatusPage.js';
import { TrialWizard } from './TrialWizard.js';
import './trials.css';

/** Everything under /trials: needs a session; nested routes are relative to /trials. */
export default function TrialsSection(): React.JSX.Element {
  return (
    <SessionProvider>
      <RequireSession>
        <div className="trials">
          <Switch>
            <Route path="/" component={TrialsHome} />
            <Route path="/new" component={TrialWizard} />
            <Route path="/:id/report">{(p) => <TrialReportPage id={p.id} />}</Route>
            <Route path="/:id">{(p) => <TrialStatusPage id={p.id} />}</Route>
          </Switch>
        </div>
      </RequireSession>
    </SessionProvider>
  );
}
