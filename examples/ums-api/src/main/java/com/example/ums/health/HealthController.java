package com.example.ums.health;

import dev.deployless.annotations.Auth;
import dev.deployless.annotations.Feature;
import dev.deployless.annotations.Route;

/** A public health check for load balancers and uptime monitors: no token, no API key. */
@Feature(name = "health", description = "Health check")
public class HealthController {
  /** The service's status. */
  public record Status(String status) {}

  @Route(path = "/health", auth = Auth.NONE)
  public Status health() {
    return new Status("ok");
  }
}
