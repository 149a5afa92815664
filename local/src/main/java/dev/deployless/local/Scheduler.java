package dev.deployless.local;

import dev.deployless.local.schedule.Schedule;
import dev.deployless.runtime.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Fires the scheduled functions on their {@code rate(...)} and {@code cron(...)} expressions, in
 * UTC, as EventBridge does: each firing invokes the function (of the version served at that moment)
 * with the schedule's input, or EventBridge's scheduled event, and logs one line. Rates count from
 * the server's start.
 */
final class Scheduler implements AutoCloseable {
  private final Supplier<LocalApp> app;
  private final LocalAws aws;
  private final String stack;
  private final RequestLog log;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "deployless-schedules");
    thread.setDaemon(true);
    return thread;
  });
  private final ExecutorService firings = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "deployless-schedule-firing");
    thread.setDaemon(true);
    return thread;
  });
  private final List<ScheduledFuture<?>> pending = new ArrayList<>();

  Scheduler(Supplier<LocalApp> app, LocalAws aws, String stack, RequestLog log) {
    this.app = app;
    this.aws = aws;
    this.stack = stack;
    this.log = log;
  }

  /** Schedules every function of the application served now; earlier timers are cancelled. */
  void start() {
    start(Instant.now());
  }

  /** {@link #start()} as if the server had started at {@code now} (rates count from it). */
  synchronized void start(Instant now) {
    pending.forEach(future -> future.cancel(false));
    pending.clear();
    for (LocalFunction function : app.get().functions) {
      for (String expression : function.schedules) {
        Schedule schedule;
        try {
          schedule = Schedule.parse(expression);
        } catch (IllegalArgumentException e) {
          System.err.println("[deployless local] " + function.name + ": schedule " + expression
              + " is not evaluated: " + e.getMessage());
          continue;
        }
        plan(function.name, expression, schedule, now);
      }
    }
  }

  private synchronized void plan(String function, String expression, Schedule schedule, Instant after) {
    Instant next = schedule.next(after);
    if (next == null || timer.isShutdown()) {
      return;
    }
    long delay = Math.max(0, Instant.now().until(next, ChronoUnit.MILLIS));
    pending.add(timer.schedule(() -> {
      firings.execute(() -> fire(function, expression, next));
      plan(function, expression, schedule, next);
    }, delay, TimeUnit.MILLISECONDS));
  }

  private void fire(String name, String expression, Instant time) {
    LocalFunction function = app.get().function(name);
    if (function == null) {
      return;
    }
    long start = System.nanoTime();
    String input = aws.scheduleInput(name, expression);
    byte[] event = (input != null ? input : scheduledEvent(name, time)).getBytes(StandardCharsets.UTF_8);
    Gateway.Outcome outcome = Gateway.Outcome.of(function, event);
    log.invocation("cron    " + expression, name, outcome.error, start);
  }

  /** EventBridge's event for a scheduled rule. */
  private String scheduledEvent(String function, Instant time) {
    String region = aws.region();
    String account = aws.account();
    JsonWriter json = new JsonWriter();
    json.beginObject().name("version").value("0").name("id").value(UUID.randomUUID().toString())
        .name("detail-type").value("Scheduled Event").name("source").value("aws.events")
        .name("account").value(account).name("time").value(time.toString())
        .name("region").value(region).name("resources").beginArray()
        .value("arn:aws:events:" + region + ":" + account + ":rule/" + stack + "-" + function + "Schedule")
        .endArray().name("detail").beginObject().endObject().endObject();
    return json.toString();
  }

  @Override
  public synchronized void close() {
    timer.shutdownNow();
    firings.shutdownNow();
  }
}
