/** The session's event log: kept from the start by an addon, shown and exported by a part; not API. */
package dev.callbench.ui.internal.log;
