/** The TURN relay of the local contact center (Debian's coturn) and the credentials each call gets for it; not API. */
package dev.callbench.server.internal.turn;
