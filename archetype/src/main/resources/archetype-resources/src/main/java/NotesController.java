package ${package};

import dev.deployless.annotations.Body;
import dev.deployless.annotations.Feature;
import dev.deployless.annotations.HttpMethod;
import dev.deployless.annotations.PathParam;
import dev.deployless.annotations.Route;
import dev.deployless.runtime.Response;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The notes feature: one Lambda function, NotesFunction, serving POST /notes and GET /notes/{id}.
 * Notes are kept in memory, per container: declare a table with @Resource to keep them.
 */
@Feature(name = "notes", basePath = "/notes", description = "Notes")
public class NotesController {
  private static final Map<String, Note> NOTES = new ConcurrentHashMap<>();

  /** A note as the API shows it. */
  public record Note(String id, String text) {}

  /** The body of POST /notes. */
  public record NewNote(String text) {}

  /** Creates a note: 201 with its location. */
  @Route(method = HttpMethod.POST)
  public Response<Note> create(@Body NewNote body) {
    Note note = new Note(UUID.randomUUID().toString(), body.text());
    NOTES.put(note.id(), note);
    return Response.created(note).header("Location", "/notes/" + note.id());
  }

  /** A note by id; 404 when there is none. */
  @Route(method = HttpMethod.GET, path = "/{id}")
  public Optional<Note> get(@PathParam("id") String id) {
    return Optional.ofNullable(NOTES.get(id));
  }
}
