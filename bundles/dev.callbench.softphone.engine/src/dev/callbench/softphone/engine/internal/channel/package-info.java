/**
 * The softphone's control channel to its media engine, as both ends use it: one JSON object per line, UTF-8, each
 * line at most {@link dev.callbench.softphone.engine.internal.channel.LineReader#MAX_LINE_BYTES} long
 * (see {@code docs/protocol/media-engine.md}). Not API: exported to the softphone and its tests.
 */
package dev.callbench.softphone.engine.internal.channel;
