package dev.warden.testapp;

/** Application code for instrumentation tests (outside Warden's own packages, which are never instrumented). */
public class Greeter {

    public String hello(String name) {
        return "hello " + name;
    }
}
