import type { StreamState } from './stream';
import type { BoardEvent, CurrencyTotal, TodaysCollections } from './totals';

/** Payments kept on screen; older ones drop off the bottom. */
const FEED_LENGTH = 100;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the board has no #${id}`);
  return node as T;
}

const amountText = (total: { amount: string; currency: string }) => `${total.amount} ${total.currency}`;

/** The newest payment on top of the feed. */
export function showEvent(event: BoardEvent): void {
  const feed = byId('feed');
  const { payment } = event;
  const agent =
    payment.customer?.case?.assignedCallAgent?.name ?? payment.customer?.case?.assignedFieldAgent?.name;
  const item = element(
    'li',
    { class: `payment ${event.type.toLowerCase()}`, 'data-reference': payment.referenceNumber },
    element('span', { class: 'amount' }, amountText(event)),
    element('span', { class: 'method' }, payment.paymentMethod),
    element('span', { class: 'type' }, event.type.replace('PAYMENT_', '').toLowerCase()),
    element('span', { class: 'loan' }, payment.loan?.accountNumber ?? payment.referenceNumber),
    element(
      'span',
      { class: 'customer' },
      payment.customer ? `${payment.customer.name} (${payment.customer.cif})` : '',
    ),
    element('span', { class: 'agent' }, agent ?? 'no agent'),
    element('time', { datetime: event.occurredAt }, new Date(event.occurredAt).toLocaleTimeString()),
  );
  feed.prepend(item);
  while (feed.children.length > FEED_LENGTH) feed.lastElementChild?.remove();
}

function totalRows(totals: readonly CurrencyTotal[], label?: string) {
  return totals.map((total) =>
    element(
      'tr',
      { 'data-currency': total.currency, ...(label ? { 'data-method': label } : {}) },
      ...(label ? [element('td', {}, label)] : []),
      element('td', {}, total.currency),
      element('td', { class: 'count' }, String(total.count)),
      element('td', { class: 'amount' }, total.amount),
    ),
  );
}

/** Today's totals per currency, and by method. */
export function showTotals(day: TodaysCollections): void {
  byId('totals').replaceChildren(...totalRows(day.perCurrency()));
  const methods = [...day.byMethod].sort(([a], [b]) => a.localeCompare(b));
  byId('by-method').replaceChildren(
    ...methods.flatMap(([method, byCurrency]) =>
      totalRows(
        [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
        method,
      ),
    ),
  );
}

const stateText: Record<StreamState['kind'], string> = {
  connecting: 'Connecting…',
  live: 'Live',
  interrupted: 'Interrupted',
  'signed-out': 'Signed out',
};

export function showStreamState(state: StreamState): void {
  const status = byId('stream-status');
  status.dataset.state = state.kind;
  const detail =
    state.kind === 'interrupted'
      ? `: ${state.reason}; reconnecting in ${(state.retryInMs / 1000).toFixed(1)} s`
      : state.kind === 'signed-out'
        ? `: ${state.reason}`
        : '';
  status.textContent = `${stateText[state.kind]}${detail}`;
}

export function showProblem(message: string | null): void {
  const problem = byId('problem');
  problem.hidden = message === null;
  problem.textContent = message ?? '';
}
