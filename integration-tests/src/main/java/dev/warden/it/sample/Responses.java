package dev.warden.it.sample;

import java.util.List;

/** The JSON bodies the service answers with; Jackson serializes these records by reflection. */
final class Responses {

    private Responses() {
    }

    record Chunks(List<String> chunks, int count) {
    }

    /** 403 body. {@code rule} is null under default deny (no rule matched). */
    record Denied(String error, String code, String rule, String session) {
    }

    record Failure(String error, String message) {
    }

    record Stats(long splitterBodyRuns) {
    }

    record Health(String status, String jackson) {
    }
}
