package dev.deployless.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files the processor reads that are not what they should be: devices, directories, huge files, and
 * YAML whose aliases make it infinite or explode. Each is a clean error naming the reason, never an
 * out-of-memory error or a stack overflow (E99).
 */
class HostileFilesDiagnosticsTest {
  @TempDir Path dir;
  private TestProject project;

  @BeforeEach
  void setUp() {
    project = new TestProject(dir);
  }

  private Compilation expectOnlyError(String message) {
    Compilation compilation = project.compile(TestProject.HELLO);
    assertThat(compilation).hadErrorContaining(message);
    assertThat(compilation).hadErrorCount(1);
    return compilation;
  }

  private String at(int line, int column) {
    return project.configFile() + ":" + line + ":" + column + ": ";
  }

  /** {@code levels} lists, each holding the one before twice: 2^levels values once expanded. */
  private static String aliasBomb(String indent, int levels) {
    StringBuilder yaml = new StringBuilder(indent + "l0: &l0 [lol, lol]\n");
    for (int i = 1; i <= levels; i++) {
      yaml.append(indent).append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1)
          .append(", *l").append(i - 1).append("]\n");
    }
    return yaml.toString();
  }

  @Test
  void envFileThatIsADevice_isE27NotARegularFile() {
    project.config("name: app\nenv_file: /dev/zero\n");
    expectOnlyError("[E27] " + at(2, 11) + "env_file '/dev/zero' is not a regular file (/dev/zero); name a file"
        + " of NAME=value lines");
  }

  @Test
  void envFileNameNoPathCanHold_isE27NotACrash() {
    project.config("name: app\nenv_file: \"a\\0b\"\n");
    expectOnlyError("[E27] " + at(2, 11) + "env_file 'a\0b' cannot be read (" + project.dir().toAbsolutePath()
        + "): Nul character not allowed");
  }

  @Test
  void envFileThatIsADirectory_isE27() throws Exception {
    Files.createDirectories(dir.resolve("config"));
    project.config("name: app\nenv_file: config\n");
    expectOnlyError("[E27] " + at(2, 11) + "env_file 'config' is a directory (" + dir.resolve("config") + ")");
  }

  @Test
  void envFileLargerThanAMebibyte_isE27() throws Exception {
    Files.writeString(dir.resolve(".env"), "# padding\n".repeat(110_000));
    project.config("name: app\nenv_file: .env\n");
    expectOnlyError("[E27] " + at(2, 11) + "env_file '.env' is larger than 1048576 bytes (" + dir.resolve(".env")
        + "); an env file holds a few variables (Lambda allows 4 KB of them per function)");
  }

  @Test
  void configOptionNamingADirectory_isE64() {
    project.option("-Adeployless.config=" + dir);
    expectOnlyError("[E64] -Adeployless.config names " + dir + ", which is a directory; name the deployless.yaml"
        + " file in it");
  }

  @Test
  void configOptionNamingADevice_isE64() {
    project.option("-Adeployless.config=/dev/zero");
    expectOnlyError("[E64] -Adeployless.config names /dev/zero, which is not a regular file");
  }

  @Test
  void configLargerThanAMebibyte_isE55() {
    project.config("name: app\n" + "# padding\n".repeat(110_000));
    expectOnlyError("[E55] " + at(1, 1) + "deployless.yaml is not valid YAML: it is larger than 1048576 bytes");
  }

  @Test
  void configWithAnAliasBomb_isE55() {
    project.config("name: app\npaths:\n" + aliasBomb("  ", 24));
    Compilation compilation = expectOnlyError("[E55] " + project.configFile() + ":");
    assertThat(compilation).hadErrorContaining("deployless.yaml is not valid YAML: its aliases expand to more than 200000 values");
  }

  @Test
  void templateWithAnAliasBomb_isE73() throws Exception {
    String bomb = "Metadata:\n" + aliasBomb("  ", 24) + "Resources: {}\n";
    Files.writeString(project.template(), bomb);
    Compilation compilation =
        expectOnlyError("[E73] " + project.template() + " cannot be merged with the generated template: line ");
    assertThat(compilation).hadErrorContaining(": its aliases expand to more than 200000 values; fix the file or delete it");
    assertEquals(bomb, project.templateText());
  }

  @Test
  void templateWithARecursiveAlias_isE73() throws Exception {
    Files.writeString(project.template(), "Metadata: &m {self: *m}\nResources: {}\n");
    expectOnlyError("[E73] " + project.template() + " cannot be merged with the generated template: line 1: an"
        + " alias refers to a collection that contains it (an infinitely deep document); fix the file or delete"
        + " it");
  }

  @Test
  void templateNestedTooDeeply_isE73() throws Exception {
    Files.writeString(project.template(), "Metadata: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n");
    expectOnlyError("[E73] " + project.template() + " cannot be merged with the generated template: ");
  }

  @Test
  void hexadecimalMemory_isE57InDecimalDigits() {
    project.config("name: app\nglobals:\n  memory: 0x200\n");
    expectOnlyError("[E57] " + at(3, 11) + "globals.memory must be an integer written in decimal digits, got"
        + " '0x200'");
  }

  @Test
  void listAsTheWholeFile_isE57NamingTheFile() {
    project.config("- name: app\n");
    expectOnlyError("[E57] " + at(1, 1) + "deployless.yaml must be a mapping of keys (name: my-app, stage: dev,"
        + " globals: ...), got a list");
  }

  @Test
  void scalarAsTheWholeFile_isE57NamingTheFile() {
    project.config("just text\n");
    expectOnlyError("[E57] " + at(1, 1) + "deployless.yaml must be a mapping of keys (name: my-app, stage: dev,"
        + " globals: ...), got the string 'just text'");
  }
}
