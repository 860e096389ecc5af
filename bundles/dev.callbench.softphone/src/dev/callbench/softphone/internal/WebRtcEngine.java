package dev.callbench.softphone.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import dev.callbench.media.internal.MediaFactory;

/**
 * Gives calls their WebRTC media factories. The native library is loaded by the first factory; every factory
 * still open when the softphone stops is closed, so that no native thread keeps the JVM alive.
 */
@Component(service = WebRtcEngine.class)
public final class WebRtcEngine {

    private final Set<MediaFactory> open = ConcurrentHashMap.newKeySet();

    public MediaFactory newMediaFactory() {
        MediaFactory factory = MediaFactory.open();
        open.add(factory);
        return factory;
    }

    public void release(MediaFactory factory) {
        if (open.remove(factory)) {
            factory.close();
        }
    }

    @Deactivate
    void closeAll() {
        open.forEach(this::release);
    }
}
