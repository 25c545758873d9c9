package com.example;

import java.util.List;

/** A type outside Warden's packages that a test policy names as an entry point. */
public class Elsewhere {

    public List<String> split(String text) {
        return List.of(text);
    }
}
