package dev.warden.it.sample;

/** An interface a policy can name ({@code dev.warden.it.sample.RecordStore#fetch}); {@link RecordService} implements it with a lambda. */
@FunctionalInterface
public interface RecordStore {

    String fetch(String id);
}
