package org.casebook.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.casebook.contact.CodedList;
import org.casebook.contact.CodedLists;
import org.casebook.contact.CodedValue;
import org.casebook.security.Caller;
import org.casebook.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The quarterly Client Level Data extract for the council's performance team: one row per request
 * begun in the quarter, every team, with the person pseudonymised. For leaders and administrators
 * only.
 */
@ApplicationScoped
@Transactional
public class ClientLevelData {

  private static final Logger LOG = Logger.getLogger(ClientLevelData.class.getName());

  @PersistenceContext EntityManager em;
  @Inject CodedLists codedLists;
  @Inject ExtractKeys keys;

  @Inject
  @ConfigProperty(name = "casebook.cld.la-code")
  Optional<String> laCode;

  /** Whether the caller may take the extract: leaders and administrators. */
  public static boolean allowed(Caller caller) {
    return caller != null && caller.is(Role.LEADER, Role.ADMIN);
  }

  /** The rows for a quarter, earliest first. */
  public List<CldRow> rows(Caller caller, ReportingQuarter quarter) {
    if (!allowed(caller)) {
      throw new Caller.AccessDenied();
    }
    String secret = keys.secret();
    Map<Long, String> reported = new HashMap<>();
    for (CodedList list : List.of(CodedList.ROUTE, CodedList.NEXT_STEP)) {
      for (CodedValue v : codedLists.all(list)) {
        reported.put(v.getId(), v.reported());
      }
    }
    List<CldRow> rows = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select c.id, c.personId, c.contactedOn, c.nextStep.id, c.route.id,"
                    + " max(r.resolvedOn) from Contact c left join Resolution r"
                    + " on r.contactId = c.id where c.requestStart = true"
                    + " and c.contactedOn between :from and :to"
                    + " group by c.id, c.personId, c.contactedOn, c.nextStep.id, c.route.id"
                    + " order by c.contactedOn, c.id",
                Object[].class)
            .setParameter("from", quarter.start())
            .setParameter("to", quarter.end())
            .getResultList()) {
      LocalDate began = (LocalDate) row[2];
      LocalDate resolved = (LocalDate) row[5];
      rows.add(
          new CldRow(
              Pseudonyms.of(secret, ((Number) row[1]).longValue()),
              ((Number) row[0]).longValue(),
              began,
              resolved == null ? began : resolved,
              reported.get(((Number) row[3]).longValue()),
              reported.get(((Number) row[4]).longValue())));
    }
    // Who took the extract is worth knowing; what it holds is not logged.
    LOG.info(
        () ->
            caller.username()
                + " took the Client Level Data extract for "
                + quarter.label()
                + " ("
                + rows.size()
                + " requests)");
    return rows;
  }

  /** The extract as a CSV file in the national return's layout. */
  public byte[] csv(Caller caller, ReportingQuarter quarter) {
    return CldCsv.write(laCode.orElse(""), quarter, rows(caller, quarter));
  }
}
