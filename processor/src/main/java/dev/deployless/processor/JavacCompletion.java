package dev.deployless.processor;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.StandardLocation;

/**
 * Tells, under javac, when the whole compilation is over and whether javac itself succeeded after
 * annotation processing: every class it analysed and generated has its class file written. javac
 * writes no class file for a class with errors, and none for the classes after the first error
 * (attribution, flow analysis, or generation, such as a constant longer than the constant pool
 * allows), so a class whose file was not written during the compilation means it failed. The
 * processor writes {@code template.yaml} only then, so a template never describes code that did not
 * compile.
 *
 * <p>Other compilers (Eclipse's ecj, or javac behind a wrapped processing environment, as Gradle's
 * incremental processing has) have no task listeners: {@link #register} returns null and the
 * processor writes when processing is over, knowing only the errors reported until then.
 */
final class JavacCompletion implements TaskListener {
  private static final long UNKNOWN = -1;
  private final Elements elements;
  private final Filer filer;
  private final Consumer<Boolean> onFinished;
  /** The class file of every class analysed or generated, with its time before it was generated. */
  private final Map<String, Long> classFiles = new LinkedHashMap<>();

  private JavacCompletion(Elements elements, Filer filer, Consumer<Boolean> onFinished) {
    this.elements = elements;
    this.filer = filer;
    this.onFinished = onFinished;
  }

  /**
   * Calls {@code onFinished} with whether javac succeeded, when the compilation is over; null when
   * the compiler is not javac (or hides it), which then never calls it.
   */
  static JavacCompletion register(ProcessingEnvironment environment, Consumer<Boolean> onFinished) {
    JavacTask task;
    try {
      task = JavacTask.instance(environment);
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return null;
    }
    JavacCompletion completion = new JavacCompletion(environment.getElementUtils(), environment.getFiler(),
        onFinished);
    task.addTaskListener(completion);
    return completion;
  }

  @Override
  public void started(TaskEvent event) {
    if ((event.getKind() == TaskEvent.Kind.ANALYZE || event.getKind() == TaskEvent.Kind.GENERATE)
        && event.getTypeElement() != null && !isInfo(event.getTypeElement())) {
      String path = classFile(event.getTypeElement());
      classFiles.putIfAbsent(path, lastModified(path));
    }
  }

  @Override
  public void finished(TaskEvent event) {
    if (event.getKind() == TaskEvent.Kind.COMPILATION) {
      onFinished.accept(allWritten());
    }
  }

  /**
   * Whether the class file of every class analysed or generated changed during the compilation; a
   * class file the file manager cannot look up (an unknown module) does not count against it.
   */
  private boolean allWritten() {
    for (Map.Entry<String, Long> file : classFiles.entrySet()) {
      long now = lastModified(file.getKey());
      if (now == UNKNOWN || file.getValue() == UNKNOWN) {
        continue;
      }
      if (now == 0 || now == file.getValue()) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code type} stands for a {@code package-info} or {@code module-info}, which may have no class file. */
  private static boolean isInfo(TypeElement type) {
    String name = type.getSimpleName().toString();
    return name.equals("package-info") || name.equals("module-info");
  }

  /** {@code com/example/Outer$Inner.class}. */
  private String classFile(TypeElement type) {
    return elements.getBinaryName(type).toString().replace('.', '/') + ".class";
  }

  /** When the class file was last written, 0 when there is none, {@link #UNKNOWN} when it cannot be looked up. */
  private long lastModified(String path) {
    try {
      return filer.getResource(StandardLocation.CLASS_OUTPUT, "", path).getLastModified();
    } catch (IOException | IllegalArgumentException | IllegalStateException unknown) {
      return UNKNOWN;
    }
  }
}
