/**
 * The JSON form of the API's records and events ({@link dev.callbench.json.internal.ModelJson}), for the suite's
 * bundles: event logs, tests and tools. Not API: exported to the suite with {@code x-internal}. Contact-center wire
 * formats (Amazon Connect's CTI) are not this: they belong to their clients.
 */
package dev.callbench.json.internal;
