package dev.deployless.local;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader of one version of the application: its classes (a snapshot of the class output)
 * and, when the server runs apart from it, its dependencies, loaded child-first so that a new version
 * replaces the classes of the old. The classes the server and the application share, the deployless
 * runtime and Lambda's {@code Context} and handler interfaces, come from the server's loader, so that
 * the server can call the handlers and set their {@code Environment}.
 *
 * <p>{@code parent} is the server's own loader when the application's dependencies are on the server's
 * class path ({@code java -cp ... LocalServer}), or the platform loader when they are given apart
 * ({@code --app-classpath}, what {@code mvn deployless:run} does), which keeps the server's
 * dependencies (Jetty, SnakeYAML) out of the application's sight.
 */
final class AppLoader extends URLClassLoader {
  /** Packages of classes that must be the server's: the runtime and Lambda's interfaces. */
  private static final List<String> SHARED =
      List.of("dev.deployless.runtime.", "com.amazonaws.services.lambda.runtime.");

  static {
    registerAsParallelCapable();
  }

  private final ClassLoader server;

  AppLoader(String name, URL[] urls, ClassLoader parent, ClassLoader server) {
    super(name, urls, parent);
    this.server = server;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      Class<?> type = findLoadedClass(name);
      if (type == null && shared(name)) {
        try {
          type = server.loadClass(name);
        } catch (ClassNotFoundException notShared) {
          // Such as the application's own aws-lambda-java-events classes: its loader's.
        }
      }
      if (type == null && !name.startsWith("java.")) {
        try {
          type = findClass(name);
        } catch (ClassNotFoundException notHere) {
          // The parent's, below.
        }
      }
      if (type == null) {
        type = getParent().loadClass(name);
      }
      if (resolve) {
        resolveClass(type);
      }
      return type;
    }
  }

  @Override
  public URL getResource(String name) {
    URL own = findResource(name);
    return own != null ? own : super.getResource(name);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    // Own first: the application's META-INF/services and descriptors before the parent's.
    Enumeration<URL> own = findResources(name);
    Enumeration<URL> parents = getParent().getResources(name);
    return new Enumeration<>() {
      @Override
      public boolean hasMoreElements() {
        return own.hasMoreElements() || parents.hasMoreElements();
      }

      @Override
      public URL nextElement() {
        return own.hasMoreElements() ? own.nextElement() : parents.nextElement();
      }
    };
  }

  private static boolean shared(String name) {
    for (String prefix : SHARED) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
