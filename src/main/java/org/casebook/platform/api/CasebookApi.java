package org.casebook.platform.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API under {@code /api/}. Callers authenticate with HTTP Basic on every request (see
 * CasebookAuthentication); web.xml lets only active accounts in, and each service checks role and
 * team exactly as it does for pages.
 */
@ApplicationPath("/api")
@DeclareRoles({"SOCIAL_WORKER", "TEAM_MANAGER", "TRAINER", "LEADER", "ADMIN"})
public class CasebookApi extends Application {}
