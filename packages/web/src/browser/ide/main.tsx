import { explorerPlugin } from '@graphiql/plugin-explorer';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './ide.css';
import { storedToken, tokenCommand } from '../shared/token';
import { examples } from './examples';
import { gatewayFetcher } from './fetcher';
import { startWorkersFromBundle } from './workers';

const root = document.getElementById('root');
if (!root) throw new Error('the IDE page has no #root');
startWorkersFromBundle(root);

const token = storedToken();
const headersWith = (value: string) => JSON.stringify({ Authorization: `Bearer ${value}` }, null, 2);
const defaultHeaders = headersWith(token ?? '<token>');
const hasToken = (headers: string) =>
  /"authorization"\s*:\s*"Bearer\s+[^"<\s]+\.[^"\s]+\.[^"\s]+"/i.test(headers);

const fetcher = gatewayFetcher();
const plugins = [HISTORY_PLUGIN, explorerPlugin()];
const defaultTabs = examples.map((example) => ({
  query: example.query,
  variables: example.variables ? JSON.stringify(example.variables, null, 2) : null,
  headers: defaultHeaders,
}));

/** Shown until the headers editor holds a token: where to get one and where to put it. */
function TokenHint() {
  return (
    <aside className="collexis-token-hint" role="note">
      <strong>Sign in first.</strong> Get a token with <code>{tokenCommand('ANALYST')}</code> (on the stack of{' '}
      <code>pnpm start</code>; elsewhere from your identity provider), then either open{' '}
      <code>/graphql#token=&lt;token&gt;</code> or put it in the <em>Headers</em> tab below as{' '}
      <code>{'{"Authorization": "Bearer <token>"}'}</code> and press the schema reload button (the circular
      arrow at the bottom left).
    </aside>
  );
}

function Ide() {
  const [signedIn, setSignedIn] = useState(token !== null);
  return (
    <div className="collexis-ide">
      {signedIn ? null : <TokenHint />}
      <GraphiQL
        fetcher={fetcher}
        plugins={plugins}
        defaultTabs={defaultTabs}
        defaultHeaders={defaultHeaders}
        initialHeaders={token ? defaultHeaders : undefined}
        defaultEditorToolsVisibility={token ? 'variables' : 'headers'}
        onEditHeaders={(headers) => setSignedIn(hasToken(headers))}
      />
    </div>
  );
}

createRoot(root).render(
  <StrictMode>
    <Ide />
  </StrictMode>,
);
