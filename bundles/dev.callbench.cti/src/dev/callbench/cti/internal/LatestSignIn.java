package dev.callbench.cti.internal;

import java.util.concurrent.CancellationException;

import dev.callbench.api.service.ContactCenter;

/**
 * One agent at a time, and only the latest sign-in wins: each sign-in and each sign-out begins a new attempt, and a
 * sign-in that completes once a later attempt has begun is closed instead of kept.
 */
final class LatestSignIn {

    private final ContactCenterRegistration registration;
    private long attempts; // guarded by this
    private CtiClient signedIn; // guarded by this

    LatestSignIn(ContactCenterRegistration registration) {
        this.registration = registration;
    }

    /** Signs out whoever is signed in, and answers the number of the sign-in that begins. */
    synchronized long begin() {
        signOut();
        return attempts;
    }

    /**
     * Keeps the client of sign-in {@code attempt} and registers its contact center, unless a later sign-in or a
     * sign-out began meanwhile: then the client is closed and this fails with a {@link CancellationException}.
     */
    synchronized ContactCenter keep(long attempt, CtiClient client) {
        if (attempt != attempts) {
            client.close();
            throw new CancellationException("signed out, or signed in again, before this sign-in completed");
        }
        signedIn = client;
        registration.register(client.contactCenter());
        return client.contactCenter();
    }

    synchronized void signOut() {
        attempts++;
        registration.unregister();
        if (signedIn != null) {
            signedIn.close();
            signedIn = null;
        }
    }
}
