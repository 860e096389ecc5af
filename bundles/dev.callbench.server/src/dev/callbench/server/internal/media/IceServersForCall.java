package dev.callbench.server.internal.media;

import java.util.List;

import dev.callbench.media.internal.IceServer;
import dev.callbench.server.internal.center.SoftphoneLeg;

/**
 * The TURN servers the media endpoint's own peer relays through for one call: the same relay the contact's softphone
 * was handed, so that per-call credentials can plug in here.
 */
@FunctionalInterface
public interface IceServersForCall {

    List<IceServer> forCall(SoftphoneLeg leg);
}
