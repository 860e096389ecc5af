'use strict';
// One agent works one whole call through the unmodified Streams library, the way an agent would in the CCP:
// goes Available, accepts the offered call, hangs up, clears after-call work. Every agent and contact event
// Streams reports is printed as one JSON line on stdout; "ready" tells the driver to place the call,
// "done" that the call was cleared. Usage: node streams-agent.js <origin> <login> <password>
const { openCcp } = require('./browser');
const { signIn } = require('./sign-in');

const [origin, login, password] = process.argv.slice(2);
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
  bus.subscribe('contact::connecting', (contact) => contact.accept(report('accept')));
  bus.subscribe('contact::incoming', (contact) => contact.accept(report('accept')));
  bus.subscribe('contact::connected', (contact) => contact.getAgentConnection().destroy(report('hangUp')));
  bus.subscribe('contact::acw', (contact) => contact.clear(report('clear')));
  bus.subscribe('contact::destroyed', () => { print({ kind: 'done' }); setTimeout(() => process.exit(0), 200); });
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
