package org.casebook.platform.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.casebook.platform.EditConflict;
import org.casebook.platform.ErrorReference;
import org.casebook.platform.Messages;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.security.Caller;

/**
 * Turns every failure into a JSON answer in plain English: no stack trace, SQL or personal data.
 */
public final class ApiExceptionMappers {

  private ApiExceptionMappers() {}

  static Response answer(Response.Status status, ApiError error) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
  }

  /** Bad input the caller can correct. */
  @Provider
  public static class FieldProblems implements ExceptionMapper<InvalidInput> {
    @Override
    public Response toResponse(InvalidInput e) {
      return answer(
          Response.Status.BAD_REQUEST,
          new ApiError(Messages.text("api.invalidInput"), e.fields(), null));
    }
  }

  @Provider
  public static class Rules implements ExceptionMapper<RuleViolation> {
    @Override
    public Response toResponse(RuleViolation e) {
      if (e instanceof Caller.AccessDenied) {
        return answer(Response.Status.FORBIDDEN, ApiError.of(Messages.text("access.denied")));
      }
      return answer(Response.Status.BAD_REQUEST, ApiError.of(Messages.text(e)));
    }
  }

  @Provider
  public static class Missing implements ExceptionMapper<NotFound> {
    @Override
    public Response toResponse(NotFound e) {
      return answer(Response.Status.NOT_FOUND, ApiError.of(Messages.text("api.notFound")));
    }
  }

  @Provider
  public static class Conflict implements ExceptionMapper<EditConflict> {
    @Override
    public Response toResponse(EditConflict e) {
      return answer(Response.Status.CONFLICT, ApiError.of(Messages.text("edit.conflict")));
    }
  }

  /** Errors the framework raises itself (unknown path, wrong method, unreadable JSON…). */
  @Provider
  public static class Framework implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      String key =
          switch (status) {
            case 400 -> "api.unreadable";
            case 401 -> "api.unauthorised";
            case 403 -> "access.denied";
            case 404 -> "api.notFound";
            case 405 -> "api.methodNotAllowed";
            case 406, 415 -> "api.mediaType";
            default -> status >= 500 ? "error.generic" : "api.unreadable";
          };
      String reference = status >= 500 ? ErrorReference.log("REST API", e) : null;
      return Response.status(status)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(new ApiError(Messages.text(key), Map.of(), reference))
          .build();
    }
  }

  /** A body that is not JSON of the documented form. */
  @Provider
  public static class Unreadable implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      return answer(Response.Status.BAD_REQUEST, ApiError.of(Messages.text("api.unreadable")));
    }
  }

  @Provider
  public static class Anything implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      String reference = ErrorReference.log("REST API", e);
      return answer(
          Response.Status.INTERNAL_SERVER_ERROR,
          new ApiError(Messages.text("error.generic"), Map.of(), reference));
    }
  }
}
