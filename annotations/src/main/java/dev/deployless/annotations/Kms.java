package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A KMS key, in {@link Resource#kms()}, with a key policy granting the account root and, with an
 * {@link #alias()}, an alias. Retained when it leaves the stack unless told otherwise. Its variable
 * is {@link #envVar()}, else the alias in upper snake case plus {@code _KEY_ID}
 * ({@code ums/tenant-keys} gives {@code UMS_TENANT_KEYS_KEY_ID}), else {@code KMS_KEY_ID}; and the
 * same with {@code _ARN} instead of {@code _ID}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Kms {

  /** The alias, such as {@code ums/tenant-keys} ({@code alias/} is added); none by default. */
  String alias() default "";

  /** The key's description. */
  String description() default "";

  /** What the key is for. */
  KeyUsage keyUsage() default KeyUsage.ENCRYPT_DECRYPT;

  /** The key's type. */
  KeySpec keySpec() default KeySpec.SYMMETRIC_DEFAULT;

  /** Automatic yearly rotation; by default on for symmetric keys (the only ones that rotate). */
  Rotation rotation() default Rotation.AUTO;

  /** What happens to the key when it leaves the stack. */
  DeletionPolicy deletionPolicy() default DeletionPolicy.DEFAULT;

  /** The ID or ARN of an existing key: nothing is created, only it is given to the functions. */
  String existingKeyId() default "";

  /** The variable's name, instead of the one derived from the alias. */
  String envVar() default "";

  /** KMS key usages. */
  enum KeyUsage {
    /** Encryption and decryption. */
    ENCRYPT_DECRYPT,
    /** Signatures. */
    SIGN_VERIFY,
    /** HMAC codes. */
    GENERATE_VERIFY_MAC
  }

  /** KMS key specs. */
  enum KeySpec {
    SYMMETRIC_DEFAULT,
    RSA_2048,
    RSA_3072,
    RSA_4096,
    ECC_NIST_P256,
    ECC_NIST_P384,
    ECC_NIST_P521,
    ECC_SECG_P256K1,
    HMAC_224,
    HMAC_256,
    HMAC_384,
    HMAC_512
  }

  /** Whether a key rotates. */
  enum Rotation {
    /** On for symmetric keys, off otherwise. */
    AUTO,
    /** On (symmetric keys only). */
    ENABLED,
    /** Off. */
    DISABLED
  }
}
