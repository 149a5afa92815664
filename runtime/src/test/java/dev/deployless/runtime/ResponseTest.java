package dev.deployless.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The immutable response routes return for full control. */
class ResponseTest {

  @Test
  void factoriesSetStatusAndBody() {
    assertEquals(201, Response.created("x").status());
    assertEquals(202, Response.accepted("x").status());
    assertEquals(204, Response.noContent().status());
    assertNull(Response.status(304).body());
  }

  @Test
  void headerReturnsANewResponseAndNamesMayRepeat() {
    Response<String> base = Response.ok("x");
    Response<String> cookies = base.header("Set-Cookie", "a=1").header("Set-Cookie", "b=2");
    assertEquals(List.of(), base.headers());
    assertEquals(List.of("Set-Cookie", "a=1", "Set-Cookie", "b=2"), cookies.headers());
    assertEquals("y", cookies.body("y").body());
  }

  @Test
  void statusMustBeHttp() {
    assertThrows(IllegalArgumentException.class, () -> Response.of(99, null));
    assertThrows(IllegalArgumentException.class, () -> new HttpException(200, "fine"));
    assertEquals(404, new NotFoundException("x").status());
  }
}
