package dev.warden.agent.policytest;

/** Where a JSON value or field name starts: 1-based line and column, and its length on that line. */
record Where(int line, int column, int length) {
}
