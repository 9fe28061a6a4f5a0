package org.casebook.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Sends a file to be saved, never cached (it holds the council's figures). */
public final class Downloads {

  private Downloads() {}

  public static void send(HttpServletResponse response, String type, String fileName, byte[] file)
      throws IOException {
    response.setContentType(type);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    response.setContentLength(file.length);
    response.getOutputStream().write(file);
  }
}
