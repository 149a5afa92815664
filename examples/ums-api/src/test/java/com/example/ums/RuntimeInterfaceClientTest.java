package com.example.ums;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.deployless.testing.ApiGatewayEvent;
import dev.deployless.testing.LambdaProcess;
import dev.deployless.testing.ProxyResponse;
import dev.deployless.testing.RuntimeApiServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated handler run exactly as Lambda runs it: a separate JVM under the AWS Lambda Java
 * runtime interface client, polling a Runtime API served by the test on 127.0.0.1.
 */
class RuntimeInterfaceClientTest {
  @TempDir Path dir;

  @Test
  void tenantFunctionAnswersUnderTheRuntimeInterfaceClient() throws Exception {
    String classpath = System.getProperty("java.class.path");
    Path log = dir.resolve("lambda.log");
    try (RuntimeApiServer api = RuntimeApiServer.start();
        LambdaProcess lambda = LambdaProcess.start(classpath,
            "com.example.ums.tenant.TenantFunction::handleRequest", api, Api.ENVIRONMENT, List.of(), log)) {
      RuntimeApiServer.Invocation created = api.invoke(ApiGatewayEvent.request("POST", "/tenants")
          .resource("/tenants")
          .jsonBody("{\"name\":\"Initech\",\"adminEmail\":\"a@initech.test\",\"adminPassword\":\"tps-reports\"}")
          .bytes(), RuntimeApiServer.TIMEOUT);
      assertFalse(created.failed(), created.text());
      ProxyResponse response = ProxyResponse.parse(created.payload());
      assertEquals(201, response.status(), response.body());
      assertEquals("Initech", ((Map<?, ?>) ((Map<?, ?>) response.json()).get("tenant")).get("name"));

      RuntimeApiServer.Invocation malformed = api.invoke(ApiGatewayEvent.request("POST", "/tenants")
          .resource("/tenants").jsonBody("{").bytes(), RuntimeApiServer.TIMEOUT);
      assertEquals(400, ProxyResponse.parse(malformed.payload()).status());

      RuntimeApiServer.Invocation unknown = api.invoke(ApiGatewayEvent.request("GET", "/nowhere")
          .resource(null).bytes(), RuntimeApiServer.TIMEOUT);
      assertEquals(404, ProxyResponse.parse(unknown.payload()).status());
      assertTrue(lambda.isAlive(), Files.readString(log));
      assertFalse(api.initError().isDone(), () -> api.initError().join());
    }
  }
}
