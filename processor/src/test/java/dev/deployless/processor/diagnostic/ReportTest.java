package dev.deployless.processor.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A report per subject: clean until an error, judged with its children, items in the order reported. */
class ReportTest {

  @Test
  void warningsLeaveAReportClean() {
    Report report = new Report("com.example.Users");
    assertTrue(report.isClean());
    report.add(Message.W05, Location.NOWHERE, "users");
    assertTrue(report.isClean());
    report.add(Message.E05, Location.NOWHERE, 64);
    assertFalse(report.isClean());
  }

  @Test
  void aW01AllowedAsWarningLeavesItClean() {
    Report report = new Report("template.yaml");
    report.addAsWarning(Message.W01, Location.NOWHERE, "users", "AWS::DynamoDB::Table", "TableName a -> b");
    assertTrue(report.isClean());
    report.add(Message.W01, Location.NOWHERE, "users", "AWS::DynamoDB::Table", "TableName a -> b");
    assertFalse(report.isClean());
  }

  @Test
  void aChildsErrorMakesItsParentUncleanButNotItsSiblings() {
    Report round = new Report("round");
    Report users = round.child("com.example.Users");
    Report orders = round.child("com.example.Orders");
    Report links = users.child();
    links.add(Message.E76_LINK, Location.NOWHERE, "usres", "");
    assertFalse(links.isClean());
    assertFalse(users.isClean());
    assertFalse(round.isClean());
    assertTrue(orders.isClean());
    assertEquals("com.example.Users", links.subject());
  }

  @Test
  void itemsComeInTheOrderReportedWithChildrenInTheirPlace() {
    Report round = new Report("round");
    round.add(Message.E51, Location.NOWHERE, "Route", "Plain.get()", "Plain");
    Report config = round.child("deployless.yaml");
    round.add(Message.E07, Location.NOWHERE, "users");
    config.add(Message.E59, Location.NOWHERE, "gcp");
    List<String> codes = round.items().stream().map(item -> item.diagnostic().code().name()).toList();
    assertEquals(List.of("E51", "E59", "E07"), codes);
  }

  @Test
  void aFindingIsReportedWithItsValues() {
    Report report = new Report("com.example.Users");
    report.add(Finding.of(Message.E66_TWICE, "LEVEL"), Location.NOWHERE);
    assertEquals("[E66] environment variable 'LEVEL' is set twice", report.items().get(0).message());
  }
}
