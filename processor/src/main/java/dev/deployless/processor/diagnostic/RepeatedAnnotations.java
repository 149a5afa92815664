package dev.deployless.processor.diagnostic;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * Finds the source of an annotation (or one of its values) that is one of several repeated
 * annotations. The compiler wraps them in a container annotation that has no source of its own, so
 * the {@code Messager} cannot place a diagnostic on them and falls back to the element; this class
 * pairs the container's values with the repeated annotations written in source, in order.
 */
final class RepeatedAnnotations {
  private RepeatedAnnotations() {}

  /**
   * The source of {@code annotation} (or of its {@code value}) when the annotation is nested in
   * another one, such as a repeated annotation in its container or {@code @DynamoDb} in
   * {@code @Resource}; null for an annotation written directly on the element, which the
   * {@code Messager} places itself.
   */
  static TreePath find(Trees trees, Element element, AnnotationMirror annotation, AnnotationValue value) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror == annotation) {
        return null;
      }
    }
    TreePath path = trees.getPath(element);
    if (path == null) {
      return null;
    }
    List<? extends AnnotationTree> written = annotations(path.getLeaf());
    Object target = value != null ? value : annotation;
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      List<AnnotationMirror> mirrors = new ArrayList<>();
      List<AnnotationTree> sources = new ArrayList<>();
      AnnotationValue contents = attribute(mirror, "value");
      if (hasTree(mirror, written)) {
        mirrors.add(mirror);
        written.stream().filter(tree -> named(tree, mirror)).findFirst().ifPresent(sources::add);
      } else if (contents != null && contents.getValue() instanceof List<?> list && !list.isEmpty()
          && ((AnnotationValue) list.get(0)).getValue() instanceof AnnotationMirror first) {
        for (Object repeated : list) {
          mirrors.add((AnnotationMirror) ((AnnotationValue) repeated).getValue());
        }
        written.stream().filter(tree -> named(tree, first)).forEach(sources::add);
      }
      if (mirrors.size() != sources.size()) {
        continue;
      }
      for (int i = 0; i < mirrors.size(); i++) {
        Tree found = inMirror(mirrors.get(i), sources.get(i), target);
        if (found != null) {
          return new TreePath(path, found);
        }
      }
    }
    return null;
  }

  private static List<? extends AnnotationTree> annotations(Tree tree) {
    if (tree instanceof com.sun.source.tree.ClassTree type) {
      return type.getModifiers().getAnnotations();
    } else if (tree instanceof com.sun.source.tree.MethodTree method) {
      return method.getModifiers().getAnnotations();
    } else if (tree instanceof com.sun.source.tree.VariableTree variable) {
      return variable.getModifiers().getAnnotations();
    }
    return List.of();
  }

  private static boolean hasTree(AnnotationMirror mirror, List<? extends AnnotationTree> written) {
    for (AnnotationTree tree : written) {
      if (named(tree, mirror)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code tree} is written as {@code mirror}'s type (simple or qualified name). */
  private static boolean named(AnnotationTree tree, AnnotationMirror mirror) {
    String written = tree.getAnnotationType().toString();
    String qualified = mirror.getAnnotationType().toString();
    return qualified.equals(written) || qualified.endsWith("." + written);
  }

  private static AnnotationValue attribute(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static Tree inMirror(AnnotationMirror mirror, AnnotationTree tree, Object target) {
    if (mirror == target) {
      return tree;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      ExpressionTree expression = argument(tree, entry.getKey().getSimpleName().toString());
      Tree found = expression == null ? null : inValue(entry.getValue(), expression, target);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static Tree inValue(AnnotationValue value, ExpressionTree expression, Object target) {
    if (value == target) {
      return expression;
    }
    Object contents = value.getValue();
    if (contents instanceof AnnotationMirror nested && expression instanceof AnnotationTree tree) {
      return inMirror(nested, tree, target);
    }
    if (contents instanceof List<?> list) {
      List<? extends ExpressionTree> elements = expression instanceof NewArrayTree array
          ? array.getInitializers() : List.of(expression);
      if (elements != null && elements.size() == list.size()) {
        for (int i = 0; i < list.size(); i++) {
          Tree found = inValue((AnnotationValue) list.get(i), elements.get(i), target);
          if (found != null) {
            return found;
          }
        }
      }
    }
    return null;
  }

  /** The expression written for attribute {@code name} ({@code value} may be written without a name). */
  private static ExpressionTree argument(AnnotationTree tree, String name) {
    for (ExpressionTree argument : tree.getArguments()) {
      if (argument instanceof AssignmentTree assignment) {
        if (assignment.getVariable() instanceof IdentifierTree identifier
            && identifier.getName().contentEquals(name)) {
          return assignment.getExpression();
        }
      } else if (name.equals("value")) {
        return argument;
      }
    }
    return null;
  }
}
