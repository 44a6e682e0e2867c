import './board.css';
import { forgetToken, keepToken, storedToken, tokenCommand } from '../shared/token';
import { SignInError, snapshot } from './api';
import { bucketChart, hourlyChart } from './charts';
import { PaymentStream } from './stream';
import { localDay, TodaysCollections } from './totals';
import { byId, showEvent, showProblem, showStreamState, showTotals } from './view';

const root = byId('root');
// Static markup only: every value the board shows is set through textContent.
root.innerHTML = `
  <header>
    <h1>Live payments</h1>
    <p id="stream-status" data-state="connecting" role="status">Connecting…</p>
  </header>
  <form id="sign-in" hidden>
    <label for="token">Access token (SUPERVISOR)</label>
    <p class="hint">Get one with <code>${tokenCommand('SUPERVISOR')}</code>, or open <code>/board#token=&lt;token&gt;</code>.
      It is kept in this tab only.</p>
    <p id="sign-in-reason" class="reason"></p>
    <textarea id="token" rows="3" required spellcheck="false"></textarea>
    <button type="submit">Show the board</button>
  </form>
  <p id="problem" class="problem" hidden></p>
  <main id="board">
    <section class="totals">
      <h2>Collected today</h2>
      <table><thead><tr><th>Currency</th><th>Payments</th><th>Amount</th></tr></thead><tbody id="totals"></tbody></table>
      <h3>By method</h3>
      <table><thead><tr><th>Method</th><th>Currency</th><th>Payments</th><th>Amount</th></tr></thead><tbody id="by-method"></tbody></table>
    </section>
    <section class="feed">
      <h2>Payments, newest first</h2>
      <ol id="feed"></ol>
    </section>
    <section class="chart"><h2>Collected today by hour</h2><div class="canvas"><canvas id="hourly"></canvas></div></section>
    <section class="chart"><h2>Portfolio by delinquency bucket (outstanding)</h2><div class="canvas"><canvas id="buckets"></canvas></div></section>
  </main>
`;

const drawHourly = hourlyChart(byId<HTMLCanvasElement>('hourly'));
const drawBuckets = bucketChart(byId<HTMLCanvasElement>('buckets'));
let token = storedToken();
let stream: PaymentStream | null = null;

function askForToken(reason: string) {
  forgetToken();
  token = null;
  byId('sign-in').hidden = false;
  byId('sign-in-reason').textContent = reason;
}

byId<HTMLFormElement>('sign-in').addEventListener('submit', (submit) => {
  submit.preventDefault();
  const value = byId<HTMLTextAreaElement>('token').value.trim();
  if (!value) return;
  keepToken(value);
  token = storedToken();
  byId('sign-in').hidden = true;
  if (stream) stream.resume();
  else void load();
});

/** Reads the totals, the cursor they are consistent with and the portfolio, then follows the events after it. */
async function load(): Promise<void> {
  if (!token) {
    askForToken('');
    showStreamState({ kind: 'signed-out', reason: 'no token' });
    return;
  }
  try {
    const day = localDay(new Date());
    const { cursor, byMethod, byHour, buckets } = await snapshot(token, day);
    showProblem(null);
    const collections = new TodaysCollections(day.from, day.to);
    collections.load(byMethod, byHour);
    showTotals(collections);
    drawHourly(collections);
    drawBuckets(buckets);
    stream = new PaymentStream({
      token: () => token,
      after: cursor,
      onEvent: (event) => {
        showEvent(event);
        if (collections.apply(event)) {
          showTotals(collections);
          drawHourly(collections);
        }
      },
      onState: (state) => {
        showStreamState(state);
        if (state.kind === 'signed-out') askForToken(`Sign in again: ${state.reason}.`);
      },
      onCursorExpired: () => window.location.reload(),
    });
    stream.start();
    // A new day starts from zero: the page reloads its totals (the token stays in this tab).
    setTimeout(() => window.location.reload(), day.to.getTime() - Date.now());
  } catch (error) {
    if (error instanceof SignInError) {
      askForToken(`Sign in again: ${error.message}`);
      return;
    }
    showProblem(`The board could not load: ${error instanceof Error ? error.message : error}. Retrying…`);
    setTimeout(() => void load(), 5_000);
  }
}

void load();
