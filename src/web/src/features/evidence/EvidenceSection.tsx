import { Link, Route, Switch } from 'wouter';
import { MapPage } from './MapPage.js';
import { ConditionPage } from './ConditionPage.js';
import { StudyPage } from './StudyPage.js';
import { SourcePage } from './SourcePage.js';
import './evidence.css';

/** Everything under /evidence; nested routes are relative to /evidence. */
export default function EvidenceSection(): React.JSX.Element {
  return (
    <div className="evidence">
      <Switch>
        <Route path="/" component={MapPage} />
        <Route path="/conditions/:id" component={ConditionPage} />
        <Route path="/studies/:id" component={StudyPage} />
        <Route path="/sources/:id" component={SourcePage} />
        <Route>
          <h1 tabIndex={-1}>Page not found</h1>
          <p>
            There is no evidence page at this address. <Link href="/">Back to the evidence map</Link>.
          </p>
        </Route>
      </Switch>
    </div>
  );
}
