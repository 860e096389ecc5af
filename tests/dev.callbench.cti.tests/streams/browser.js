'use strict';
// Runs the unmodified amazon-connect-streams library as a CCP page does, in two jsdom windows served from
// the contact center's origin: one runs Streams' shared worker (connect.worker.main), the other the page
// (connect.core.initSharedWorker). jsdom has no SharedWorker, so the page gets one whose port is a
// MessageChannel to the worker window: this is the browser's job, not Streams', and Streams' code is
// loaded as it comes from the npm package. The worker's WebSocket is jsdom's own: Streams opens the
// push channel CreateTransport names (wss:// only, so it opens when the contact center speaks HTTPS; over
// plain HTTP the handshake fails and Streams keeps to its long poll, retrying the socket on its back-off).
const fs = require('fs');
const { JSDOM, VirtualConsole } = require('jsdom');
const { MessageChannel } = require('worker_threads');

const streamsSource = fs.readFileSync(require.resolve('amazon-connect-streams'), 'utf8');

function openWindow(url) {
  const quiet = new VirtualConsole();
  return new JSDOM('<!doctype html><html><body></body></html>',
    { url, runScripts: 'outside-only', pretendToBeVisual: true, virtualConsole: quiet }).window;
}

function openCcp(origin) {
  const worker = openWindow(origin + '/ccp/worker');
  worker.eval(streamsSource);
  worker.eval('connect.worker.main()');
  const page = openWindow(origin + '/ccp/');
  page.SharedWorker = function SharedWorker() {
    const channel = new MessageChannel();
    this.port = channel.port1;
    worker.onconnect({ ports: [channel.port2] });
  };
  page.eval(streamsSource);
  return { page, close: () => { page.close(); worker.close(); } };
}

module.exports = { openCcp };
