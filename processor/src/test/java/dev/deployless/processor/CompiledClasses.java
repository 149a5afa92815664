package dev.deployless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.google.testing.compile.Compilation;
import dev.deployless.testing.ProxyResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the classes of a successful in-memory compilation, to run generated handlers. */
final class CompiledClasses extends ClassLoader {
  private final Map<String, byte[]> classes = new HashMap<>();

  CompiledClasses(Compilation compilation) {
    super(CompiledClasses.class.getClassLoader());
    assertThat(compilation).succeeded();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(),
          path.length() - ".class".length()).replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  /** A new instance of the handler class {@code name}, as the Lambda runtime creates it. */
  Object newHandler(String name) {
    try {
      return loadClass(name).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + name, e);
    }
  }

  /** Invokes a stream handler with {@code event} as Lambda does, returning what it wrote. */
  static byte[] invoke(Object handler, byte[] event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ((RequestStreamHandler) handler).handleRequest(new ByteArrayInputStream(event), out, null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  /** Invokes an HTTP handler and parses the proxy response. */
  static ProxyResponse call(Object handler, byte[] event) {
    return ProxyResponse.parse(invoke(handler, event));
  }
}
