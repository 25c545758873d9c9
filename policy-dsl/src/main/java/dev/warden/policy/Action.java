package dev.warden.policy;

/**
 * What a request wants to do: run an entry point, make an outbound HTTP call, or run SQL against a
 * datasource. Rules name one kind of target ({@code call}, {@code endpoint} or {@code datasource})
 * and only ever apply to actions of that kind.
 */
public sealed interface Action permits EntryPointCall, HttpCall, SqlCall {

    /** How messages and the journal name the action, e.g. {@code POST https://api.example/v1/embed}. */
    String display();
}
