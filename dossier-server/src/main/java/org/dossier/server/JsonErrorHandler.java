package org.dossier.server;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.dossier.json.Json;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own answers (a request line or header too long, a malformed request, a body that came too slowly, a
 * failure outside Javalin's handlers) as the same JSON error body and security headers as every other answer,
 * instead of Jetty's HTML page. Thread-safe.
 */
final class JsonErrorHandler extends ErrorHandler {
  @Override
  public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int status = response.getStatus() >= 400 ? response.getStatus() : 500;
    Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
    byte[] body = body(status, message == null ? null : message.toString());
    if (!response.isCommitted()) {
      response.resetBuffer();
      RequestGuard.SECURITY_HEADERS.forEach(response::setHeader);
      response.setHeader("Cache-Control", "no-store");
      response.setContentType("application/json;charset=utf-8");
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
    baseRequest.setHandled(true);
  }

  /** Before a request exists (its line or headers could not be parsed): the body and headers of the answer. */
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    for (Map.Entry<String, String> h : RequestGuard.SECURITY_HEADERS.entrySet()) {
      fields.put(h.getKey(), h.getValue());
    }
    fields.put("Cache-Control", "no-store");
    fields.put("Content-Type", "application/json;charset=utf-8");
    return ByteBuffer.wrap(body(status, reason));
  }

  private static byte[] body(int status, String reason) {
    String message = reason == null || reason.isBlank() ? ErrorMapper.ApiError.of(status, null).error() : reason;
    try {
      return Json.MAPPER.writeValueAsString(ErrorMapper.ApiError.of(status, message)).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
    }
  }
}
