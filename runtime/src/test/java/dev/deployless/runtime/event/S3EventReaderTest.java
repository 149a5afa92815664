package dev.deployless.runtime.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading S3 event notifications. */
class S3EventReaderTest {

  private static String malformed(String event) {
    return assertThrows(MalformedEventException.class, () -> S3EventReader.read(Samples.json(event)))
        .getMessage();
  }

  @Test
  void readsTheDocumentedPutEvent() {
    List<S3Notification> notifications = S3EventReader.read(Samples.bytes("s3.json"));
    assertEquals(1, notifications.size());
    S3Notification put = notifications.get(0);
    assertEquals("ObjectCreated:Put", put.eventName());
    assertTrue(put.isObjectCreated());
    assertFalse(put.isObjectRemoved());
    assertEquals(Instant.EPOCH, put.eventTime());
    assertEquals("us-east-1", put.awsRegion());
    assertEquals("example-bucket", put.bucketName());
    assertEquals("arn:aws:s3:::example-bucket", put.bucketArn());
    assertEquals("EXAMPLE", put.principalId());
    assertEquals("127.0.0.1", put.sourceIpAddress());
    assertEquals(new S3Object("test/key", 1024, "0123456789abcdef0123456789abcdef", null,
        "0A1B2C3D4E5F678901"), put.object());
  }

  @Test
  void readsADeletionWithAUrlEncodedKey() {
    S3Notification deletion = S3EventReader.read(Samples.bytes("s3-delete.json")).get(0);
    assertTrue(deletion.isObjectRemoved());
    assertEquals(Instant.parse("2024-05-02T09:15:27.615Z"), deletion.eventTime());
    assertEquals("incoming/red flower \u00e9t\u00e9.jpg", deletion.object().key());
    assertEquals(-1, deletion.object().size());
    assertNull(deletion.object().eTag());
    assertEquals("3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY", deletion.object().versionId());
  }

  @Test
  void keysAreDecodedAsS3EncodesThem() {
    assertEquals("plain/key.txt", S3EventReader.urlDecode("plain/key.txt"));
    assertEquals("a b+c", S3EventReader.urlDecode("a+b%2Bc"));
    assertEquals("\u65e5\u672c", S3EventReader.urlDecode("%E6%97%A5%E6%9C%AC"));
    assertEquals("\ud83d\ude00 x", S3EventReader.urlDecode("\ud83d\ude00+x"));
    assertNull(S3EventReader.urlDecode("100%"));
    assertNull(S3EventReader.urlDecode("%zz"));
  }

  @Test
  void anInvalidKeyEncodingIsMalformed() {
    assertEquals("malformed S3 event: expected a URL-encoded object key at $.Records[0].s3.object.key"
        + " but found \"50%\"", malformed("{\"Records\":[{\"s3\":{\"object\":{\"key\":\"50%\"}}}]}"));
  }

  @Test
  void aRecordWithoutItsObjectIsMalformed() {
    assertEquals("malformed S3 event: s3 is missing at $.Records[0]",
        malformed("{\"Records\":[{\"eventSource\":\"aws:s3\",\"eventName\":\"ObjectCreated:Put\"}]}"));
    assertEquals("malformed S3 event: s3.object is missing at $.Records[0]",
        malformed("{\"Records\":[{\"s3\":{\"bucket\":{\"name\":\"b\"}}}]}"));
  }

  @Test
  void wrongTypesAndOtherSourcesAreMalformed() {
    assertEquals("malformed S3 event: expected an integer at $.Records[0].s3.object.size but found a"
        + " string", malformed("{\"Records\":[{\"s3\":{\"object\":{\"key\":\"k\",\"size\":\"big\"}}}]}"));
    assertEquals("malformed S3 event: expected an ISO-8601 instant such as 2026-01-31T10:15:30Z at"
        + " $.Records[0].eventTime but found \"yesterday\"",
        malformed("{\"Records\":[{\"eventTime\":\"yesterday\"}]}"));
    assertEquals("malformed S3 event: $.Records[0] comes from aws:sqs, not aws:s3",
        malformed(Samples.text("sqs.json")));
    assertTrue(malformed(Samples.text("s3.json").substring(0, 300)).startsWith(
        "malformed S3 event: malformed JSON at line "));
  }
}
