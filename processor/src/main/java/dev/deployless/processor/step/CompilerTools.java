package dev.deployless.processor.step;

import com.sun.source.util.Trees;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The compiler's services the steps use, taken once from the processing environment.
 *
 * @param trees javac's trees (to place diagnostics on repeated annotations, to find source files);
 *     null under other compilers
 */
public record CompilerTools(Elements elements, Types types, Filer filer, Messager messager, Trees trees) {

  /** The tools of {@code environment}. */
  public static CompilerTools of(ProcessingEnvironment environment) {
    return new CompilerTools(environment.getElementUtils(), environment.getTypeUtils(),
        environment.getFiler(), environment.getMessager(), trees(environment));
  }

  private static Trees trees(ProcessingEnvironment environment) {
    try {
      return Trees.instance(environment);
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return null;
    }
  }
}
