package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.local.ProxyEvent;
import dev.deployless.testing.ApiGatewayEvent;
import dev.deployless.testing.ProxyResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated handler, NotesFunction, answering API Gateway events as it does on Lambda. */
class NotesFunctionTest {
  private final NotesFunction function = new NotesFunction();

  private ProxyResponse call(ProxyEvent event) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    function.handleRequest(new ByteArrayInputStream(event.bytes()), out, null);
    return ProxyResponse.parse(out.toByteArray());
  }

  @Test
  void aCreatedNoteCanBeReadBack() throws Exception {
    ProxyResponse created = call(ApiGatewayEvent.request("POST", "/notes").resource("/notes")
        .jsonBody("{\"text\":\"Hello\"}"));
    assertEquals(201, created.status(), created.body());
    String id = (String) ((Map<?, ?>) created.json()).get("id");
    assertEquals("/notes/" + id, created.header("Location"));

    ProxyResponse found = call(ApiGatewayEvent.request("GET", "/notes/" + id).resource("/notes/{id}")
        .pathParameter("id", id));
    assertEquals(200, found.status(), found.body());
    assertEquals("Hello", ((Map<?, ?>) found.json()).get("text"));
  }

  @Test
  void anUnknownNoteIsNotFound() throws Exception {
    ProxyResponse missing = call(ApiGatewayEvent.request("GET", "/notes/nope").resource("/notes/{id}")
        .pathParameter("id", "nope"));
    assertEquals(404, missing.status());
  }

  @Test
  void aBodyThatIsNotJsonIsABadRequest() throws Exception {
    ProxyResponse bad = call(ApiGatewayEvent.request("POST", "/notes").resource("/notes").body("{not json"));
    assertEquals(400, bad.status());
    assertTrue(bad.body().contains("message"), bad.body());
  }
}
