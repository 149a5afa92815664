package com.example.ums.shared;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Salted PBKDF2 password hashes, stored as {@code salt:hash} in base64. */
public final class Passwords {
  private static final int ITERATIONS = 20_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {}

  public static String hash(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return encode(salt) + ":" + encode(derive(password, salt));
  }

  public static boolean matches(String password, String stored) {
    String[] parts = stored.split(":", 2);
    byte[] salt = Base64.getDecoder().decode(parts[0]);
    return MessageDigest.isEqual(derive(password, salt), Base64.getDecoder().decode(parts[1]));
  }

  private static byte[] derive(String password, byte[] salt) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 is not available", e);
    }
  }

  private static String encode(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
