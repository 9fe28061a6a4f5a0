package org.casebook.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Test deployments are the real WAR from the build plus the test fixtures laid over it. */
public final class Deployments {

  private Deployments() {}

  public static WebArchive casebook() {
    File war = new File(System.getProperty("casebook.war", "target/casebook.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war)
        .addClasses(TestFixtures.class, Deployments.class, Http.class, SignedIn.class);
  }
}
