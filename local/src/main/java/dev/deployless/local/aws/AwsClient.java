package dev.deployless.local.aws;

import dev.deployless.runtime.json.JsonException;
import dev.deployless.runtime.json.JsonReader;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls an AWS-compatible emulator over the services' own HTTP APIs, signed with Signature Version 4
 * and dummy credentials: the JSON protocol (DynamoDB, SQS, KMS, SSM), the query protocol (SNS, STS)
 * and S3's REST API. The local server uses the plain APIs rather than the AWS SDK so that its class
 * path holds no SDK to clash with the application's own (one JVM serves both), stays small, and
 * starts without initialising a client per service.
 */
public final class AwsClient {
  /** The access key the local server signs with, and sets for the application's SDK. */
  public static final String ACCESS_KEY = "test";
  /** The secret key that goes with {@link #ACCESS_KEY}. */
  public static final String SECRET_KEY = "test";
  private static final Pattern XML_CODE = Pattern.compile("<Code>([^<]+)</Code>");
  private static final Pattern XML_MESSAGE = Pattern.compile("<Message>([^<]*)</Message>");

  private final URI endpoint;
  private final String region;
  private final HttpClient http;

  public AwsClient(URI endpoint, String region) {
    this.endpoint = endpoint;
    this.region = region;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** The emulator's address. */
  public URI endpoint() {
    return endpoint;
  }

  /** The region resources are created in. */
  public String region() {
    return region;
  }

  /** An error the emulator answered, with the service's error code ({@code ResourceNotFoundException}). */
  public static final class AwsException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final int status;

    AwsException(String code, int status, String message) {
      super(code + " (" + status + "): " + message);
      this.code = code;
      this.status = status;
    }

    public String code() {
      return code;
    }

    public int status() {
      return status;
    }
  }

  /**
   * A JSON-protocol call: {@code target} is the operation with its prefix
   * ({@code DynamoDB_20120810.CreateTable}), {@code version} the protocol's ({@code 1.0} or
   * {@code 1.1}); answers the response object.
   */
  public Map<String, Object> json(String service, String target, String version, Object body)
      throws IOException {
    byte[] payload = Json.write(body).getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = new TreeMap<>();
    headers.put("content-type", "application/x-amz-json-" + version);
    headers.put("x-amz-target", target);
    HttpResponse<byte[]> response = send(service, "POST", "/", "", headers, payload);
    byte[] answer = response.body();
    if (response.statusCode() >= 300) {
      String type = "Error";
      String message = new String(answer, StandardCharsets.UTF_8);
      try {
        Map<String, Object> error = new JsonReader(answer).readObject();
        Object name = error.get("__type");
        type = name == null ? type : name.toString().substring(name.toString().lastIndexOf('#') + 1);
        Object text = error.containsKey("message") ? error.get("message") : error.get("Message");
        message = text == null ? message : text.toString();
      } catch (JsonException | ClassCastException notJson) {
        // The raw text is the message.
      }
      throw new AwsException(type, response.statusCode(), message);
    }
    Object value = answer.length == 0 ? null : new JsonReader(answer).readAny();
    return value instanceof Map ? Template.map(value) : new LinkedHashMap<>();
  }

  /** A query-protocol call ({@code Action=...&Version=...}); answers the XML response text. */
  public String query(String service, String action, String apiVersion, Map<String, String> parameters)
      throws IOException {
    StringBuilder form = new StringBuilder("Action=").append(encode(action))
        .append("&Version=").append(encode(apiVersion));
    parameters.forEach((name, value) -> form.append('&').append(encode(name)).append('=')
        .append(encode(value)));
    Map<String, String> headers = new TreeMap<>();
    headers.put("content-type", "application/x-www-form-urlencoded; charset=utf-8");
    HttpResponse<byte[]> response = send(service, "POST", "/", "", headers,
        form.toString().getBytes(StandardCharsets.UTF_8));
    String text = new String(response.body(), StandardCharsets.UTF_8);
    if (response.statusCode() >= 300) {
      throw xmlError(response.statusCode(), text);
    }
    return text;
  }

  /** A REST call (S3): answers the status and body; an error status is not thrown. */
  public HttpResponse<byte[]> rest(String service, String method, String path, String query,
      byte[] body) throws IOException {
    return send(service, method, path, query, new TreeMap<>(), body);
  }

  /** The error of an XML answer. */
  static AwsException xmlError(int status, String text) {
    Matcher code = XML_CODE.matcher(text);
    Matcher message = XML_MESSAGE.matcher(text);
    return new AwsException(code.find() ? code.group(1) : "Error", status,
        message.find() ? message.group(1) : text);
  }

  /** The first {@code <element>} text of an XML answer, or null. */
  public static String xmlText(String xml, String element) {
    Matcher matcher = Pattern.compile("<" + element + ">([^<]*)</" + element + ">").matcher(xml);
    return matcher.find() ? matcher.group(1) : null;
  }

  private HttpResponse<byte[]> send(String service, String method, String path, String query,
      Map<String, String> headers, byte[] payload) throws IOException {
    URI uri = endpoint.resolve(path + (query.isEmpty() ? "" : "?" + query));
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
        .method(method, payload.length == 0 ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(payload));
    String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    Map<String, String> signed = new TreeMap<>(headers);
    signed.put("host", host);
    SigV4.sign(method, uri.getRawPath(), query, signed, payload, service, region, ACCESS_KEY,
        SECRET_KEY, Instant.now());
    for (Map.Entry<String, String> header : signed.entrySet()) {
      if (!header.getKey().equals("host")) {
        request.header(header.getKey(), header.getValue());
      }
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted calling " + service + " at " + endpoint, e);
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
        .replace("%7E", "~");
  }
}
