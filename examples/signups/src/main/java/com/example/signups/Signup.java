package com.example.signups;

/**
 * A sign-up: the body of {@code POST /signups} and of the message the welcome queue carries.
 *
 * @param plan {@code free} or {@code pro}
 */
public record Signup(String email, String name, String plan) {}
