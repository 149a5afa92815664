package dev.deployless.local;

import dev.deployless.runtime.handler.RouteTable;
import dev.deployless.runtime.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The application as the processor describes it in {@code META-INF/deployless/app.json}: name,
 * stage, CORS, binary media types, API keys and authorizers (version 2), and every function with
 * its handler class, environment, routes (each with its API key and authorizer setting) and
 * schedules. Versions 1 and 2 are read.
 */
final class LocalApp {
  /** Where the processor writes the descriptor, relative to the class output. */
  static final String RESOURCE = "META-INF/deployless/app.json";

  final String name;
  final String stage;
  final List<String> binaryMediaTypes;
  final LocalCors cors;
  final List<LocalFunction> functions;
  final List<Route> routes;
  final List<ApiKey> apiKeys;
  final Map<String, Authorizer> authorizers;
  private final RouteTable table;

  /** The newest descriptor version this server reads. */
  static final int VERSION = 2;

  /**
   * A route of the API, the function serving it, whether it requires an API key and the name of
   * the authorizer guarding it (null for none).
   */
  static final class Route {
    final String method;
    final String template;
    final LocalFunction function;
    final boolean apiKey;
    final String authorizer;

    Route(String method, String template, LocalFunction function, boolean apiKey, String authorizer) {
      this.method = method;
      this.template = template;
      this.function = function;
      this.apiKey = apiKey;
      this.authorizer = authorizer;
    }

    Route with(LocalFunction function) {
      return new Route(method, template, function, apiKey, authorizer);
    }
  }

  /** An API key: its name and whether it is enabled. Locally its value is {@code local-<name>}. */
  record ApiKey(String name, boolean enabled) {
    /** The value a client sends in {@code x-api-key}: deterministic, printed at start. */
    String value() {
      return "local-" + name;
    }
  }

  /**
   * An authorizer of the API: its type ({@code cognito}, {@code lambda} or {@code iam}), the
   * logical id of the app's function implementing it (a Lambda authorizer; null for an external
   * one), the identity header, the result's time to live in seconds, the scopes a token needs.
   */
  record Authorizer(String name, String type, String function, String header, int ttl,
      List<String> scopes) {}

  /** The API's CORS settings, and whether API Gateway (not the function) answers preflights. */
  static final class LocalCors {
    final List<String> origins;
    final String methods;
    final String headers;
    final int maxAge;
    final boolean credentials;
    final boolean gatewayPreflight;

    LocalCors(List<String> origins, String methods, String headers, int maxAge,
        boolean credentials, boolean gatewayPreflight) {
      this.origins = origins;
      this.methods = methods;
      this.headers = headers;
      this.maxAge = maxAge;
      this.credentials = credentials;
      this.gatewayPreflight = gatewayPreflight;
    }
  }

  private LocalApp(String name, String stage, List<String> binaryMediaTypes, LocalCors cors,
      List<LocalFunction> functions, List<Route> routes, List<ApiKey> apiKeys,
      Map<String, Authorizer> authorizers) {
    this.name = name;
    this.stage = stage;
    this.binaryMediaTypes = binaryMediaTypes;
    this.cors = cors;
    this.functions = functions;
    this.routes = routes;
    this.apiKeys = apiKeys;
    this.authorizers = authorizers;
    List<String> templates = new ArrayList<>();
    for (Route route : routes) {
      if (!templates.contains(route.template)) {
        templates.add(route.template);
      }
    }
    this.table = new RouteTable(templates.toArray(new String[0]));
  }

  /** Whether some route's path template matches {@code rawPath}. */
  boolean hasResource(String rawPath) {
    return table.matchPath(rawPath, new HashMap<>()) >= 0;
  }

  /** The methods of the routes whose template matches {@code rawPath}; empty for an unknown path. */
  List<String> methods(String rawPath) {
    List<String> methods = new ArrayList<>();
    int index = table.matchPath(rawPath, new HashMap<>());
    for (Route route : routes) {
      if (index >= 0 && route.template.equals(table.template(index))) {
        methods.add(route.method);
      }
    }
    return methods;
  }

  /**
   * The route API Gateway would choose for {@code method} and {@code rawPath}, filling
   * {@code parameters} with the path parameters, still percent-encoded as API Gateway delivers them;
   * null when API Gateway would answer 403.
   * Like API Gateway, the most specific matching resource is chosen first, then its method (or ANY).
   */
  Route route(String method, String rawPath, Map<String, String> parameters) {
    Map<String, String> found = new LinkedHashMap<>();
    int index = table.matchPath(rawPath, found);
    if (index < 0) {
      return null;
    }
    Route any = null;
    for (Route route : routes) {
      if (route.template.equals(table.template(index))) {
        if (route.method.equals(method)) {
          any = route;
          break;
        }
        if (route.method.equals("ANY")) {
          any = route;
        }
      }
    }
    if (any != null) {
      parameters.putAll(found);
    }
    return any;
  }

  /** Reads the descriptor from the class path. */
  static LocalApp fromClassPath(ClassLoader loader) throws IOException {
    try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException(RESOURCE + " is not on the class path: compile the application with"
            + " the deployless processor first, and run the server with its classes");
      }
      return parse(in.readAllBytes());
    }
  }

  /**
   * Parses a descriptor.
   *
   * @throws IllegalArgumentException for a version newer than {@value #VERSION}
   */
  @SuppressWarnings("unchecked")
  static LocalApp parse(byte[] json) {
    Map<String, Object> root = new JsonReader(json).readObject();
    int version = number(root.get("version"), 1);
    if (version > VERSION) {
      throw new IllegalArgumentException("the descriptor is version " + version + ", newer than"
          + " this local server reads (1 to " + VERSION + "): use deployless-local of the same"
          + " version as the processor");
    }
    List<LocalFunction> functions = new ArrayList<>();
    List<Route> routes = new ArrayList<>();
    for (Object entry : list(root.get("functions"))) {
      Map<String, Object> f = (Map<String, Object>) entry;
      Map<String, String> environment = new LinkedHashMap<>();
      for (Map.Entry<String, Object> variable : map(f.get("environment")).entrySet()) {
        environment.put(variable.getKey(), String.valueOf(variable.getValue()));
      }
      List<String> schedules = new ArrayList<>();
      for (Object schedule : list(f.get("schedules"))) {
        schedules.add((String) schedule);
      }
      LocalFunction function = new LocalFunction((String) f.get("name"), (String) f.get("handler"),
          (String) f.get("kind"), number(f.get("memory"), 512), number(f.get("timeout"), 30),
          environment, schedules, LocalApp.class.getClassLoader());
      functions.add(function);
      for (Object r : list(f.get("routes"))) {
        Map<String, Object> route = (Map<String, Object>) r;
        routes.add(new Route((String) route.get("method"), (String) route.get("path"), function,
            Boolean.TRUE.equals(route.get("apiKey")), (String) route.get("authorizer")));
      }
    }
    routes.sort(Comparator.comparing((Route r) -> r.template, RouteTable::compareTemplates));
    List<String> binary = new ArrayList<>();
    for (Object type : list(root.get("binaryMediaTypes"))) {
      binary.add((String) type);
    }
    List<ApiKey> keys = new ArrayList<>();
    for (Object k : list(root.get("apiKeys"))) {
      Map<String, Object> key = (Map<String, Object>) k;
      keys.add(new ApiKey((String) key.get("name"), !Boolean.FALSE.equals(key.get("enabled"))));
    }
    Map<String, Authorizer> authorizers = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : map(root.get("authorizers")).entrySet()) {
      Map<String, Object> a = (Map<String, Object>) entry.getValue();
      List<String> scopes = new ArrayList<>();
      for (Object scope : list(a.get("scopes"))) {
        scopes.add((String) scope);
      }
      String header = (String) a.get("header");
      authorizers.put(entry.getKey(), new Authorizer(entry.getKey(), (String) a.get("type"),
          (String) a.get("function"), header == null ? "Authorization" : header,
          number(a.get("ttl"), 300), List.copyOf(scopes)));
    }
    return new LocalApp((String) root.get("name"), (String) root.get("stage"), binary,
        cors(map(root.get("cors"))), functions, routes, List.copyOf(keys),
        Collections.unmodifiableMap(authorizers));
  }

  /** The enabled API key whose local value is {@code value}, or null. */
  ApiKey enabledKey(String value) {
    for (ApiKey key : apiKeys) {
      if (key.enabled() && key.value().equals(value)) {
        return key;
      }
    }
    return null;
  }

  /**
   * This application with its functions' classes loaded by {@code loader} and their variables given
   * by {@code variables} (from the function as described).
   */
  LocalApp with(ClassLoader loader, java.util.function.Function<LocalFunction, Map<String, String>> variables) {
    Map<String, LocalFunction> replaced = new LinkedHashMap<>();
    for (LocalFunction function : functions) {
      replaced.put(function.name, function.with(variables.apply(function), loader));
    }
    List<Route> rebound = new ArrayList<>();
    for (Route route : routes) {
      rebound.add(route.with(replaced.get(route.function.name)));
    }
    return new LocalApp(name, stage, binaryMediaTypes, cors, new ArrayList<>(replaced.values()),
        rebound, apiKeys, authorizers);
  }

  /** The function named {@code name}, or null. */
  LocalFunction function(String name) {
    for (LocalFunction function : functions) {
      if (function.name.equals(name)) {
        return function;
      }
    }
    return null;
  }

  private static LocalCors cors(Map<String, Object> cors) {
    if (cors.isEmpty()) {
      return null;
    }
    List<String> origins = new ArrayList<>();
    for (Object origin : list(cors.get("origins"))) {
      origins.add((String) origin);
    }
    return new LocalCors(origins, (String) cors.get("methods"), (String) cors.get("headers"),
        number(cors.get("maxAge"), -1), Boolean.TRUE.equals(cors.get("credentials")),
        Boolean.TRUE.equals(cors.get("gatewayPreflight")));
  }

  private static List<?> list(Object value) {
    return value == null ? Collections.emptyList() : (List<?>) value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value == null ? Collections.emptyMap() : (Map<String, Object>) value;
  }

  private static int number(Object value, int fallback) {
    return value == null ? fallback : ((Number) value).intValue();
  }
}
