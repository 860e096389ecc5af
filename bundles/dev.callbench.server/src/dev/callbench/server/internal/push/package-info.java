/** The agent's WebSocket push channel that CreateTransport hands out (Connect's topics as Streams speaks them); not API. */
package dev.callbench.server.internal.push;
