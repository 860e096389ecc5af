/** The files of the server's state folder: what outlives a run when a state folder is configured. */
package dev.callbench.server.internal.state;
