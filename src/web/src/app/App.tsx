import { Route, Switch } from 'wouter';
import { Layout } from './Layout.js';
import { HOME_ROUTE, NAV_ROUTES } from './routes.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';

export function App(): React.JSX.Element {
  return (
    <Layout>
      <Switch>
        <Route path={HOME_ROUTE.path} component={HOME_ROUTE.component} />
        {NAV_ROUTES.map((r) => (
          <Route key={r.path} path={r.path} nest component={r.component} />
        ))}
        <Route component={NotFoundPage} />
      </Switch>
    </Layout>
  );
}
