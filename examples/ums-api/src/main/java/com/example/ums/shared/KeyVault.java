package com.example.ums.shared;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * Encrypts the tenants' private keys at rest. On Lambda with the tenant KMS key (the tenant feature
 * may only encrypt, the auth feature only decrypt), also under the local server with an emulator;
 * without one (mode {@code none}), the
 * bytes are kept as they are.
 */
public interface KeyVault {

  byte[] encrypt(byte[] plaintext);

  byte[] decrypt(byte[] ciphertext);

  /** No encryption, for local runs. */
  static KeyVault local() {
    return new KeyVault() {
      @Override
      public byte[] encrypt(byte[] plaintext) {
        return plaintext.clone();
      }

      @Override
      public byte[] decrypt(byte[] ciphertext) {
        return ciphertext.clone();
      }
    };
  }

  /** The KMS key {@code keyId}. */
  static KeyVault kms(KmsClient kms, String keyId) {
    return new KeyVault() {
      @Override
      public byte[] encrypt(byte[] plaintext) {
        return kms.encrypt(request -> request.keyId(keyId).plaintext(SdkBytes.fromByteArray(plaintext)))
            .ciphertextBlob().asByteArray();
      }

      @Override
      public byte[] decrypt(byte[] ciphertext) {
        // The ciphertext names its key; passing it anyway makes KMS refuse any other key's data.
        return kms.decrypt(request -> request.keyId(keyId).ciphertextBlob(SdkBytes.fromByteArray(ciphertext)))
            .plaintext().asByteArray();
      }
    };
  }
}
