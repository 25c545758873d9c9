package dev.warden.testapp;

/** Application code for instrumentation tests, first loaded only after a policy reload names it. */
public class Later {

    public String run(String name) {
        return "later " + name;
    }
}
