package dev.deployless.processor.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The YAML writer: maps in insertion order, block lists, and scalars quoted only when YAML would read
 * them as something else; the same tree always prints the same text, which a YAML reader reads back.
 */
class YamlWriterTest {

  @Test
  void mapsListsAndNestingWithTwoSpaces() {
    Map<String, Object> tree = map(
        "AWSTemplateFormatVersion", "2010-09-09",
        "Resources", map(
            "Fn", map("Type", "AWS::Serverless::Function", "Properties", map(
                "Layers", List.of("a", "b"),
                "Policies", List.of(map("Effect", "Allow", "Action", List.of("s3:GetObject")), "x"))),
            "Empty", map("Map", map(), "List", List.of())));
    assertEquals("""
        AWSTemplateFormatVersion: '2010-09-09'
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Layers:
                - a
                - b
              Policies:
                - Effect: Allow
                  Action:
                    - s3:GetObject
                - x
          Empty:
            Map: {}
            List: []
        """, YamlWriter.write(tree, List.of()));
  }

  @Test
  void commentsComeFirst() {
    assertEquals("# Generated\n#\n# by deployless\na: 1\n",
        YamlWriter.write(map("a", 1), List.of("Generated", "", "by deployless")));
  }

  @Test
  void shortFormIntrinsicsKeepTheirTag() {
    Map<String, Object> tree = map("Ref", new Tagged("!Ref", "Api"),
        "Arn", new Tagged("!GetAtt", List.of("Fn", "Arn")),
        "Sub", new Tagged("!Sub", map("a", "b")));
    assertEquals("""
        Ref: !Ref Api
        Arn: !GetAtt
          - Fn
          - Arn
        Sub: !Sub
          a: b
        """, YamlWriter.write(tree, List.of()));
  }

  @Test
  void numbersBooleansAndNull() {
    assertEquals("1", YamlWriter.scalar(1));
    assertEquals("10485760", YamlWriter.scalar(10485760L));
    assertEquals("30", YamlWriter.scalar(30.0));
    assertEquals("1.5", YamlWriter.scalar(1.5));
    assertEquals("true", YamlWriter.scalar(true));
    assertEquals("null", YamlWriter.scalar(null));
  }

  @Test
  void plainStrings() {
    for (String plain : List.of("hello", "Hello World", "AWS::S3::Bucket", "arn:aws:s3:::bucket/*",
        "/aws/lambda/${Fn}", "_x", "$ref", ".hidden", "a=b,c~d", "Fn::GetAtt", "rate(5 minutes)",
        "https://example.com", "x-y [z] @w +v")) {
      assertEquals(plain, YamlWriter.scalar(plain), plain);
    }
  }

  @Test
  void stringsYamlWouldReadAsSomethingElseOrWithOtherCharactersAreSingleQuoted() {
    assertEquals("'123'", YamlWriter.scalar("123"));
    assertEquals("'2010-09-09'", YamlWriter.scalar("2010-09-09"));
    assertEquals("'.5'", YamlWriter.scalar(".5"));
    assertEquals("'.inf'", YamlWriter.scalar(".inf"));
    assertEquals("'-1'", YamlWriter.scalar("-1"));
    for (String reserved : List.of("true", "False", "yes", "No", "on", "OFF", "y", "n", "null", "~")) {
      assertEquals("'" + reserved + "'", YamlWriter.scalar(reserved), reserved);
    }
    assertEquals("''", YamlWriter.scalar(""));
    assertEquals("'a: b'", YamlWriter.scalar("a: b"));
    assertEquals("'key:'", YamlWriter.scalar("key:"));
    assertEquals("'a #b'", YamlWriter.scalar("a #b"));
    assertEquals("'trailing '", YamlWriter.scalar("trailing "));
    assertEquals("'*'", YamlWriter.scalar("*"));
    assertEquals("'!Ref'", YamlWriter.scalar("!Ref"));
    assertEquals("'cron(0 9 * * ? *)'", YamlWriter.scalar("cron(0 9 * * ? *)"));
    assertEquals("'say \"hi\", it''s'", YamlWriter.scalar("say \"hi\", it's"));
  }

  @Test
  void anApostropheAloneIsDoubleQuoted() {
    assertEquals("\"it's\"", YamlWriter.scalar("it's"));
    assertEquals("'it''s \\\\'", YamlWriter.scalar("it's \\\\"));
  }

  @Test
  void controlCharactersAreEscapedInDoubleQuotes() {
    assertEquals("\"line\\nbreak\"", YamlWriter.scalar("line\nbreak"));
    assertEquals("\"a\\tb\\r\"", YamlWriter.scalar("a\tb\r"));
    assertEquals("\"q\\\" b\\\\ \\x01 \\x7f\"", YamlWriter.scalar("q\" b\\ \u0001 \u007f"));
  }

  @Test
  void whatItWritesReadsBackAsTheSameTree() throws TemplateReader.Unreadable {
    List<Object> strings = new ArrayList<>(Arrays.asList("plain", "123", "true", "a: b", "it's",
        "say \"hi\", it's", "line\nbreak", "", "~", ".5", "x #y", "tab\there"));
    Map<String, Object> tree = map("Strings", strings, "Numbers", List.of(1L, 2.5, 30L),
        "Nested", map("a", map("b", List.of(map("c", "d", "e", List.of())))), "Null", null);
    assertEquals(tree, TemplateReader.read(YamlWriter.write(tree, List.of("comment"))));
  }

  /** An insertion-ordered map of alternating keys and values. */
  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
