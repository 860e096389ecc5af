'use strict';
// One agent works one whole call through the unmodified Streams library, the way an agent would in the CCP:
// goes Available, then, by scenario:
// - call (the default): accepts the offered call, hangs up, clears after-call work;
// - reject: rejects the offered call; when Streams reports it missed, prints "missed" and clears it once the
//   driver writes a line "clear" on stdin;
// - ring: neither accepts nor rejects: prints "ringing" when the call is offered, and "missed" as reject does
//   when Streams reports the contact missed or in error (the caller gave up, or nobody answered in time);
// - outbound: places a call to +15555550123 once Available (agent.connect, as the CCP's dial pad does), hangs up
//   when it is connected, clears after-call work;
// - next-state: accepts the call, picks Break on it (enqueueNextState, as the CCP does on a call), prints
//   "next" with agent.getNextState() when Streams reports it enqueued, hangs up, clears after-call work;
// - websocket: takes no call; prints "gained" when Streams reports its WebSocket gained
//   (agent::websocket_connection_gained, what agent.onWebSocketConnectionGained subscribes to), subscribes a
//   topic through connect.core.getWebSocketManager() and prints "subscribed" with the topics the server
//   confirmed, then watches the socket for 12 s (Streams sends a heartbeat at once and every 10 s, and
//   reconnects when one is not answered by the next) and prints "done"; every close of the socket is printed
//   as an event "websocket::closed".
// Every agent and contact event Streams reports is printed as one JSON line on stdout; "ready" tells the
// driver to place the call, "done" that the call was cleared.
// Usage: node streams-agent.js <origin> <login> <password> [call|reject|ring|outbound|next-state|websocket]
const { openCcp } = require('./browser');
const { signIn } = require('./sign-in');

const [origin, login, password, scenario = 'call'] = process.argv.slice(2);
const LIMIT_MS = 60000;

function print(line) { process.stdout.write(JSON.stringify(line) + '\n'); }

function describe(data) {
  const line = {};
  try {
    if (data && typeof data.getContactId === 'function') {
      line.contactId = data.getContactId();
      line.contactState = data.getStatus().type;
    } else if (data && typeof data.getState === 'function') {
      line.agentState = data.getState().name;
    } else if (data && data.newState) {
      line.oldState = data.oldState; line.newState = data.newState;
    }
  } catch (e) {
    line.unreadable = String(e.message);
  }
  return line;
}

// the driver's commands, one a line on stdin
const waitingForLine = {};
require('readline').createInterface({ input: process.stdin }).on('line', (line) => {
  const action = waitingForLine[line.trim()];
  delete waitingForLine[line.trim()];
  if (action) { action(); }
});
function onLine(line, action) { waitingForLine[line] = action; }

function report(failure) {
  return { failure: (e) => print({ kind: 'action-failed', action: failure, error: JSON.stringify(e) }) };
}

function work(connect) {
  let ready = false;
  const bus = connect.core.getEventBus();
  bus.subscribe('<<all>>', (data, event) => {
    if (/^(agent|contact)::[a-z_]+$/.test(event)) {
      print(Object.assign({ kind: 'event', event }, describe(data)));
    }
  });
  connect.agent((agent) => {
    const available = agent.getAgentStates().find((state) => state.type === 'routable');
    agent.onRoutable(() => { if (!ready) { ready = true; print({ kind: 'ready' }); } });
    agent.setState(available, report('setState'));
  });
  if (scenario === 'websocket') {
    watchWebSocket(connect, bus);
    return;
  }
  if (scenario === 'reject' || scenario === 'ring') {
    bus.subscribe('contact::connecting', (contact) => {
      if (scenario === 'reject') {
        contact.reject(report('reject'));
      } else {
        print({ kind: 'ringing', contactId: contact.getContactId() });
      }
    });
    let missed = false;
    const onMissed = (contact) => {
      if (missed) { return; }
      missed = true;
      print({ kind: 'missed', contactId: contact.getContactId(), contactState: contact.getStatus().type });
      onLine('clear', () => contact.clear(report('clear')));
    };
    bus.subscribe('contact::missed', onMissed);
    bus.subscribe('contact::error', onMissed);
  } else {
    // once: an accepted callback is connecting again while its customer is called
    const accepted = new Set();
    const acceptOnce = (contact) => {
      if (!accepted.has(contact.getContactId())) {
        accepted.add(contact.getContactId());
        contact.accept(report('accept'));
      }
    };
    if (scenario !== 'outbound') { // an outbound call is connecting while it is dialled: nothing to accept
      bus.subscribe('contact::connecting', acceptOnce);
      bus.subscribe('contact::incoming', acceptOnce);
    }
    bus.subscribe('contact::acw', (contact) => contact.clear(report('clear')));
  }
  if (scenario === 'call' || scenario === 'outbound') {
    bus.subscribe('contact::connected', (contact) => contact.getAgentConnection().destroy(report('hangUp')));
  }
  if (scenario === 'outbound') {
    let dialled = false;
    bus.subscribe('agent::routable', () => {
      if (!dialled) {
        dialled = true;
        new connect.Agent().connect(connect.Endpoint.byPhoneNumber('+15555550123'), report('connect'));
      }
    });
  }
  if (scenario === 'next-state') {
    let call = null;
    bus.subscribe('contact::connected', (contact) => {
      call = contact;
      const agent = new connect.Agent();
      const onBreak = agent.getAgentStates().find((state) => state.name === 'Break');
      agent.setState(onBreak, report('setState'), { enqueueNextState: true });
    });
    bus.subscribe('agent::enqueued_next_state', () => {
      const next = new connect.Agent().getNextState();
      print({ kind: 'next', name: next && next.name });
      call.getAgentConnection().destroy(report('hangUp'));
    });
  }
  bus.subscribe('contact::destroyed', () => { print({ kind: 'done' }); setTimeout(() => process.exit(0), 200); });
}

const WATCH_MS = 12000;

function watchWebSocket(connect, bus) {
  const sockets = connect.core.getWebSocketManager();
  sockets.onConnectionClose((closed) => print({ kind: 'event', event: 'websocket::closed', code: closed.code }));
  sockets.onSubscriptionUpdate((update) => print({ kind: 'subscribed', topics: update.content.topics }));
  bus.subscribe(connect.AgentEvents.WEBSOCKET_CONNECTION_GAINED, () => {
    print({ kind: 'gained' });
    sockets.subscribeTopics(['aws/callbench-test']);
    setTimeout(() => { print({ kind: 'done' }); process.exit(0); }, WATCH_MS);
  });
}

async function main() {
  const session = await signIn(origin, login, password);
  const ccp = openCcp(origin);
  const connect = ccp.page.connect;
  connect.core.initSharedWorker({
    sharedWorkerUrl: origin + '/ccp/worker.js',
    authToken: session.token,
    authTokenExpiration: session.expiration,
    refreshToken: session.refreshToken || 'none',
    region: 'local',
    endpoint: origin + '/api',
    authCookieName: 'callbench',
    agentAppEndpoint: origin + '/agent-app',
  });
  work(connect);
}

setTimeout(() => { print({ kind: 'timeout' }); process.exit(2); }, LIMIT_MS);
main().catch((e) => { print({ kind: 'error', message: String(e && e.message) }); process.exit(3); });
