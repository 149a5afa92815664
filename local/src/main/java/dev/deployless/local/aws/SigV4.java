package dev.deployless.local.aws;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 for the emulator's requests. Emulators do not check signatures, but they
 * read the service and region from the credential scope (moto routes a request by it), and a
 * correctly signed request is what any AWS-compatible endpoint accepts.
 */
final class SigV4 {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final HexFormat HEX = HexFormat.of();

  private SigV4() {}

  /**
   * Adds {@code x-amz-date}, {@code x-amz-content-sha256} and {@code authorization} to
   * {@code headers} (lower-case names, sorted, with {@code host}).
   */
  static void sign(String method, String rawPath, String rawQuery, Map<String, String> headers,
      byte[] payload, String service, String region, String accessKey, String secretKey,
      Instant now) {
    String stamp = STAMP.format(now);
    String date = stamp.substring(0, 8);
    String payloadHash = HEX.formatHex(sha256(payload));
    headers.put("x-amz-date", stamp);
    headers.put("x-amz-content-sha256", payloadHash);
    StringBuilder canonicalHeaders = new StringBuilder();
    for (Map.Entry<String, String> header : headers.entrySet()) {
      canonicalHeaders.append(header.getKey()).append(':').append(header.getValue().trim())
          .append('\n');
    }
    String signedHeaders = String.join(";", headers.keySet());
    String canonical = method + "\n" + (rawPath == null || rawPath.isEmpty() ? "/" : rawPath) + "\n"
        + canonicalQuery(rawQuery) + "\n" + canonicalHeaders + "\n" + signedHeaders + "\n"
        + payloadHash;
    String scope = date + "/" + region + "/" + service + "/aws4_request";
    String toSign = "AWS4-HMAC-SHA256\n" + stamp + "\n" + scope + "\n"
        + HEX.formatHex(sha256(canonical.getBytes(StandardCharsets.UTF_8)));
    byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), date);
    key = hmac(key, region);
    key = hmac(key, service);
    key = hmac(key, "aws4_request");
    String signature = HEX.formatHex(hmac(key, toSign));
    headers.put("authorization", "AWS4-HMAC-SHA256 Credential=" + accessKey + "/" + scope
        + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature);
  }

  /** The query's parameters sorted, each as {@code name=value} (already percent-encoded). */
  static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String> pairs = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      pairs.add(pair.contains("=") ? pair : pair + "=");
    }
    Collections.sort(pairs);
    return String.join("&", pairs);
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is always available", e);
    }
  }
}
