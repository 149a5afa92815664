package dev.deployless.annotations;

/**
 * The permission level a feature has on a {@link Resource}. Each resource type accepts some of
 * them; {@link #DEFAULT} is {@link #CRUD} (read only for an SSM parameter).
 *
 * <table>
 *   <caption>Levels by resource type</caption>
 *   <tr><th>type</th><th>levels</th></tr>
 *   <tr><td>DynamoDB, S3</td><td>CRUD, READ, WRITE</td></tr>
 *   <tr><td>SQS</td><td>CRUD (send and poll), SEND, POLL</td></tr>
 *   <tr><td>SNS</td><td>CRUD and PUBLISH (publish)</td></tr>
 *   <tr><td>KMS</td><td>CRUD (encrypt, decrypt, generate data key, describe), ENCRYPT, DECRYPT</td></tr>
 *   <tr><td>SSM parameter</td><td>CRUD and READ (read), WRITE (read and put)</td></tr>
 * </table>
 */
public enum Access {
  /** The declaration's level for a link, else {@link #CRUD}. */
  DEFAULT,
  /** Everything the resource type offers a function. */
  CRUD,
  /** Read only (DynamoDB, S3, SSM). */
  READ,
  /** Write only (DynamoDB, S3); read and put for SSM. */
  WRITE,
  /** Send messages (SQS). */
  SEND,
  /** Receive and delete messages (SQS). */
  POLL,
  /** Publish messages (SNS). */
  PUBLISH,
  /** Encrypt (KMS). */
  ENCRYPT,
  /** Decrypt (KMS). */
  DECRYPT
}
