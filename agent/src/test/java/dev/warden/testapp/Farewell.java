package dev.warden.testapp;

/** Application code for instrumentation tests, loaded before a policy names it. */
public class Farewell {

    public String bye(String name) {
        return "bye " + name;
    }
}
