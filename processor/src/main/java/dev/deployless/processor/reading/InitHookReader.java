package dev.deployless.processor.reading;

import dev.deployless.processor.diagnostic.Location;
import dev.deployless.processor.diagnostic.Message;
import dev.deployless.processor.diagnostic.Report;
import dev.deployless.processor.model.InitHook;
import dev.deployless.processor.model.Project;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Resolves {@code init_app} of {@code deployless.yaml}: each entry must name a public static method
 * without parameters as {@code package.Class.method} (E31).
 */
public final class InitHookReader {
  private InitHookReader() {}

  public static List<InitHook> read(Project project, Elements elements, Types types, Report report) {
    List<InitHook> hooks = new ArrayList<>();
    TypeReader typeReader = new TypeReader(elements, types);
    for (int i = 0; i < project.initApp().size(); i++) {
      String entry = project.initApp().get(i).trim();
      Location at = project.at("init_app[" + i + "]");
      if (!entry.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+")) {
        report.add(Message.E31_FORMAT, at, entry);
        continue;
      }
      int dot = entry.lastIndexOf('.');
      String className = entry.substring(0, dot);
      String method = entry.substring(dot + 1);
      TypeElement type = elements.getTypeElement(className);
      if (type == null) {
        report.add(Message.E31_NO_CLASS, at, entry, className);
        continue;
      }
      if (!hasHook(type, method)) {
        report.add(Message.E31_NO_METHOD, at, entry, type.getSimpleName(), method);
        continue;
      }
      if (!type.getModifiers().contains(Modifier.PUBLIC)) {
        report.add(Message.E31_NOT_PUBLIC, at, entry, className);
        continue;
      }
      hooks.add(new InitHook(typeReader.ref(type.asType()), method));
    }
    return hooks;
  }

  private static boolean hasHook(TypeElement type, String name) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (method.getSimpleName().contentEquals(name) && method.getParameters().isEmpty()
          && method.getModifiers().contains(Modifier.PUBLIC)
          && method.getModifiers().contains(Modifier.STATIC)) {
        return true;
      }
    }
    return false;
  }
}
