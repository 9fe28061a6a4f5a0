/**
 * Cross-cutting plumbing: the datasource, schema migrations at start-up, the clock, configuration,
 * security headers, error pages and health checks. No feature logic lives here.
 */
package org.casebook.platform;
