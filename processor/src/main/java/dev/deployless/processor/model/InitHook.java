package dev.deployless.processor.model;

/**
 * A method of {@code init_app} in {@code deployless.yaml}: public, static, without parameters, run
 * once per Lambda container before the controller is created.
 */
public record InitHook(TypeRef type, String method) {

  /** {@code com.example.Startup.init}, as written in the file. */
  public String describe() {
    return type.qualifiedName() + "." + method;
  }
}
