package dev.deployless.processor.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javax.tools.Diagnostic.Kind;
import org.junit.jupiter.api.Test;

/** The catalogue's sentences: slots filled in order, text braces kept, kinds from the codes. */
class MessageTest {

  @Test
  void valuesFillTheSlotsInOrderOfFirstAppearance() {
    assertEquals(List.of("name"), Message.E32.slots());
    assertEquals("${HOME} is not set in the environment and has no default (write ${HOME:-default})",
        Message.E32.text("HOME"));
    assertEquals("memory must be 128-10240 MB, got 64", Message.E05.text(64));
  }

  @Test
  void bracesThatAreNotSlotsAreText() {
    String text = Message.E66_SECURE.text("DB", "/prod/db");
    assertTrue(text.contains("rejects {{resolve:ssm-secure:...}} in Lambda"), text);
    assertTrue(text.contains("@SsmParameter(name = \"/prod/db\""), text);
    assertEquals("path parameter {id} of '/users/{id}' has no @PathParam(\"id\") parameter in get()",
        Message.E41.text("id", "/users/{id}", "get"));
  }

  @Test
  void theWrongNumberOfValuesIsABug() {
    assertThrows(IllegalArgumentException.class, () -> Message.E05.text());
    assertThrows(IllegalArgumentException.class, () -> Message.E05.text(1, 2));
  }

  @Test
  void everySentenceFormatsWithAValuePerSlot() {
    for (Message message : Message.values()) {
      Object[] values = message.slots().stream().map(slot -> "<" + slot + ">").toArray();
      String text = message.text(values);
      for (Object value : values) {
        assertTrue(text.contains(value.toString()), message + " lost " + value);
      }
    }
  }

  @Test
  void kindsComeFromTheCodesAndW01IsAnError() {
    assertEquals(Kind.ERROR, Message.W01.kind());
    assertEquals(Kind.WARNING, Message.W02.kind());
    assertEquals(Kind.NOTE, Message.SUMMARY.kind());
    assertEquals(Kind.ERROR, Message.E48_ABSTRACT.kind());
  }

  @Test
  void itemsArePrintedWithTheCodeOrTheProcessorsName() {
    Report report = new Report("test");
    report.add(Message.E05, new Location.InFile(java.nio.file.Path.of("deployless.yaml"), 3, 11), 64);
    report.addAsWarning(Message.W01, Location.NOWHERE, "users", "AWS::DynamoDB::Table", "TableName a -> b");
    report.add(Message.TEMPLATE_NOT_WRITTEN, Location.NOWHERE, "template.yaml");
    List<Report.Item> items = report.items();
    assertEquals("[E05] deployless.yaml:3:11: memory must be 128-10240 MB, got 64", items.get(0).message());
    assertEquals(Kind.WARNING, items.get(1).kind());
    assertEquals("[deployless] template.yaml was not written because the compilation has errors",
        items.get(2).message());
  }
}
