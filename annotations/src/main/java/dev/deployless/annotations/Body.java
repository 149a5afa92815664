package dev.deployless.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a {@link Route} method parameter to the request body.
 *
 * <p>A record or class is read from JSON by code generated at compile time (no reflection); a
 * malformed or mistyped body is answered with 400 naming the offending property. {@code String}
 * takes the body as text and {@code byte[]} as raw bytes (base64 bodies are decoded). A body is
 * required unless the parameter is {@code Optional<T>}. At most one parameter per method.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Body {}
