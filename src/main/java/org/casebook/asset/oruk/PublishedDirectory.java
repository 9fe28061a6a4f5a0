package org.casebook.asset.oruk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.asset.Asset;
import org.casebook.asset.AssetSearch;
import org.casebook.platform.LikePattern;

/**
 * The part of the directory that is published as Open Referral UK: assets an editor has marked for
 * publishing and not retired. Open to anyone, so it never reads anything else.
 */
@ApplicationScoped
public class PublishedDirectory {

  @PersistenceContext EntityManager em;

  /** One page of published assets, in name order, and how many there are in all. */
  public record Page(List<Asset> assets, long total) {}

  public Page page(String text, int page, int perPage) {
    List<String> words = new AssetSearch(text, null, null, null, null, false, null, null).words();
    StringBuilder where = new StringBuilder(" where a.published = true and a.retiredAt is null");
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < words.size(); i++) {
      where.append(" and a.searchText like :w").append(i).append(" escape '!'");
      params.put("w" + i, LikePattern.containing(words.get(i)));
    }
    TypedQuery<Long> count = em.createQuery("select count(a) from Asset a" + where, Long.class);
    params.forEach(count::setParameter);
    long total = count.getSingleResult();
    if (total == 0 || (long) (page - 1) * perPage >= total) {
      return new Page(List.of(), total);
    }
    TypedQuery<Asset> query =
        em.createQuery("select a from Asset a" + where + " order by a.name, a.id", Asset.class);
    params.forEach(query::setParameter);
    // One query each for the tags and opening times of the whole page, not one per asset.
    query.setHint("eclipselink.batch.type", "IN");
    query.setHint("eclipselink.batch", "a.tags");
    query.setHint("eclipselink.batch", "a.openingTimes");
    List<Asset> assets =
        query.setFirstResult((page - 1) * perPage).setMaxResults(perPage).getResultList();
    return new Page(assets, total);
  }

  /** A published asset by its public id; unknown, unpublished and retired ones alike are empty. */
  public Optional<Asset> find(String publicId) {
    String id = ImportedService.normaliseId(publicId);
    return em.createQuery(
            "select a from Asset a where a.publicId = :p and a.published = true"
                + " and a.retiredAt is null",
            Asset.class)
        .setParameter("p", id)
        .getResultStream()
        .findFirst();
  }

  static String likeEscape(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
