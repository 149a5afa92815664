package dev.deployless.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.processor.diagnostic.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

/** API Gateway resource paths: segments, variables, the shape that makes two routes conflict, and E43. */
class PathTemplateTest {

  @Test
  void literalAndVariableSegments() {
    PathTemplate template = PathTemplate.parse("/users/{userId}/files/{path+}");
    assertEquals(List.of("userId", "path"), template.variables());
    assertEquals(4, template.segments().size());
    PathTemplate.Segment users = template.segments().get(0);
    assertFalse(users.isVariable());
    assertEquals("users", users.text());
    PathTemplate.Segment greedy = template.segments().get(3);
    assertTrue(greedy.isVariable() && greedy.greedy());
    assertEquals("{path+}", greedy.text());
  }

  @Test
  void theRootHasNoSegments() {
    PathTemplate root = PathTemplate.parse("/");
    assertEquals(List.of(), root.segments());
    assertEquals("/", root.shape());
  }

  @Test
  void routesWithTheSameShapeConflictWhateverTheirVariablesAreCalled() {
    assertEquals(PathTemplate.parse("/users/{id}").shape(), PathTemplate.parse("/users/{userId}").shape());
    assertEquals("/users/{}/files/{+}", PathTemplate.parse("/users/{id}/files/{rest+}").shape());
    assertFalse(PathTemplate.parse("/users/{id}").shape().equals(PathTemplate.parse("/users/{id+}").shape()));
  }

  @Test
  void literalsMayUseTheUnreservedAndSubDelimiterCharacters() {
    assertEquals(List.of(), PathTemplate.parse("/a-b.c_d~e/f:g@h!$&'()*+,;=").variables());
    assertEquals(List.of("v.1-x_y"), PathTemplate.parse("/x/{v.1-x_y}").variables());
  }

  @Test
  void invalidPathsSayWhy() {
    assertInvalid("users", Message.E43_START, "invalid path 'users': it must start with '/'");
    assertInvalid("/users//x", Message.E43_EMPTY_SEGMENT, "invalid path '/users//x': it has an empty segment"
        + " ('//')");
    assertInvalid("/users/", Message.E43_EMPTY_SEGMENT, "invalid path '/users/': it has an empty segment"
        + " ('//')");
    assertInvalid("/u/<int:id>", Message.E43_ANGLE_BRACKETS, "invalid path '/u/<int:id>': write path"
        + " variables as {id}, not <int:id>");
    assertInvalid("/u/{1d}", Message.E43_VARIABLE_NAME, "invalid path '/u/{1d}': '{1d}' is not a valid path"
        + " variable: its name must start with a letter and use letters, digits, '_', '.' or '-'");
    assertInvalid("/u/{p+}/x", Message.E43_GREEDY, "invalid path '/u/{p+}/x': the greedy variable {p+} must be"
        + " the last segment");
    assertInvalid("/u/{id}/{id}", Message.E43_TWICE, "invalid path '/u/{id}/{id}': the variable {id} appears"
        + " twice");
    assertInvalid("/u/a{id}", Message.E43_MIXED, "invalid path '/u/a{id}': segment 'a{id}' mixes text and a"
        + " variable; a variable must be a whole segment");
    assertInvalid("/u/a b", Message.E43_CHARACTER, "invalid path '/u/a b': character ' ' is not allowed in a"
        + " path");
  }

  private static void assertInvalid(String path, Message message, String text) {
    PathTemplate.Invalid invalid = assertThrows(PathTemplate.Invalid.class, () -> PathTemplate.parse(path));
    assertEquals(message, invalid.finding().message());
    assertEquals(text, invalid.finding().text());
    assertEquals(text, invalid.getMessage());
  }
}
