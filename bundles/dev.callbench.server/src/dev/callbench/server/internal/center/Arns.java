package dev.callbench.server.internal.center;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.callbench.server.internal.config.ServerConfig.InstanceConfig;

/**
 * ARNs in Connect's shape (Streams reads the instance id and account out of them). Resource ids are derived from
 * names, so they stay the same from one run to the next.
 */
public final class Arns {

    private final String instanceArn;

    public Arns(InstanceConfig instance) {
        this.instanceArn = "arn:aws:connect:" + instance.region() + ":" + instance.accountId() + ":instance/"
                + instance.instanceId();
    }

    public String instance() {
        return instanceArn;
    }

    String of(String kind, String name) {
        String id = UUID.nameUUIDFromBytes((kind + "/" + name).getBytes(StandardCharsets.UTF_8)).toString();
        return instanceArn + "/" + kind + "/" + id;
    }
}
