package dev.deployless.local;

import java.util.List;

/**
 * An HTTP request as the gateway sees it once the server has read it: the method, the path and
 * query string still percent-encoded as sent, the headers in order (a name may repeat), the body,
 * and where it came from.
 */
final class GatewayRequest {
  final String method;
  final String rawPath;
  final String rawQuery;
  final List<String[]> headers;
  final byte[] body;
  final String sourceIp;
  final String protocol;

  GatewayRequest(String method, String rawPath, String rawQuery, List<String[]> headers, byte[] body,
      String sourceIp, String protocol) {
    this.method = method;
    this.rawPath = rawPath;
    this.rawQuery = rawQuery;
    this.headers = headers;
    this.body = body;
    this.sourceIp = sourceIp;
    this.protocol = protocol;
  }

  /** The last value of header {@code name} (any case), as API Gateway's single-value map holds it. */
  String header(String name) {
    String value = null;
    for (String[] header : headers) {
      if (header[0].equalsIgnoreCase(name)) {
        value = header[1];
      }
    }
    return value;
  }
}
