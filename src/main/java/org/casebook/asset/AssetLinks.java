package org.casebook.asset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.casebook.audit.AccessAction;
import org.casebook.audit.AccessLog;
import org.casebook.conversation.Conversation;
import org.casebook.person.People;
import org.casebook.platform.EditConflict;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.security.Caller;

/**
 * People's connections with community assets. The same access rules as the person's record: only
 * the social workers and managers who may open the record see or change its connections, and every
 * change is written to the access log.
 */
@ApplicationScoped
@Transactional
public class AssetLinks {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject People people;
  @Inject AccessLog accessLog;
  @Inject jakarta.enterprise.event.Event<org.casebook.conversation.RecordChanged> changed;

  /** Whose conversation a directory search is for: shown on the page, so the opening is logged. */
  public record Context(long conversationId, long personId, String knownAs, String postcode) {
    public long getConversationId() {
      return conversationId;
    }

    public long getPersonId() {
      return personId;
    }

    public String getKnownAs() {
      return knownAs;
    }
  }

  public Context context(Caller caller, long conversationId, String channel) {
    Conversation conversation = em.find(Conversation.class, conversationId);
    if (conversation == null) {
      throw new NotFound("conversation");
    }
    var person = people.visible(caller, conversation.getPersonId());
    accessLog.record(caller, person.getId(), conversationId, AccessAction.VIEWED, channel);
    return new Context(conversationId, person.getId(), person.getKnownAs(), person.getPostcode());
  }

  /** The most recent conversation with the person, to suggest assets from their page. */
  public Optional<Long> latestConversation(Caller caller, long personId) {
    people.visible(caller, personId);
    return em.createQuery(
            "select c.id from Conversation c where c.personId = :p"
                + " order by c.startedAt desc, c.id desc",
            Long.class)
        .setParameter("p", personId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The person's links by asset, to show "already suggested" against search results. */
  public java.util.Map<Long, AssetLink> byAsset(Caller caller, long personId) {
    people.visible(caller, personId);
    java.util.Map<Long, AssetLink> links = new java.util.HashMap<>();
    for (AssetLink l :
        em.createQuery("select l from AssetLink l where l.personId = :p", AssetLink.class)
            .setParameter("p", personId)
            .getResultList()) {
      links.put(l.getAsset().getId(), l);
    }
    return links;
  }

  /**
   * Suggests an asset to the person in a conversation. Each asset is linked to a person once; a
   * second suggestion of the same asset is refused with the existing link's story still there.
   */
  public AssetLink suggest(
      Caller caller, long conversationId, long assetId, String note, String channel) {
    Conversation conversation = em.find(Conversation.class, conversationId);
    if (conversation == null) {
      throw new NotFound("conversation");
    }
    long personId = conversation.getPersonId();
    people.visible(caller, personId);
    Asset asset = em.find(Asset.class, assetId);
    if (asset == null) {
      throw new NotFound("asset");
    }
    if (existing(personId, assetId).isPresent()) {
      throw new RuleViolation("asset.link.already");
    }
    AssetLink link =
        new AssetLink(personId, conversationId, asset, note, caller.username(), clock.instant());
    em.persist(link);
    em.flush();
    changed.fire(new org.casebook.conversation.RecordChanged(conversationId));
    accessLog.record(caller, personId, conversationId, AccessAction.LINKED_ASSET, channel);
    return link;
  }

  /** Records what came of a connection, from the version the caller last saw. */
  public AssetLink record(
      Caller caller, long linkId, int version, LinkStatus status, String note, String channel) {
    AssetLink link = em.find(AssetLink.class, linkId);
    if (link == null) {
      throw new NotFound("link");
    }
    people.visible(caller, link.getPersonId());
    if (link.getVersion() != version) {
      throw new EditConflict("link");
    }
    link.moveTo(status, note, caller.username(), clock.instant());
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new EditConflict("link");
    }
    accessLog.record(
        caller,
        link.getPersonId(),
        link.getConversationId(),
        AccessAction.UPDATED_ASSET_LINK,
        channel);
    return link;
  }

  /** The person's connections, most recently changed first; the record's opening is logged. */
  public List<AssetLink> forPerson(Caller caller, long personId) {
    people.visible(caller, personId);
    return em.createQuery(
            "select l from AssetLink l where l.personId = :p order by l.updatedAt desc, l.id desc",
            AssetLink.class)
        .setParameter("p", personId)
        .getResultList();
  }

  /** The connections first suggested in one conversation. */
  public List<AssetLink> forConversation(Caller caller, long conversationId) {
    Conversation conversation = em.find(Conversation.class, conversationId);
    if (conversation == null) {
      throw new NotFound("conversation");
    }
    people.visible(caller, conversation.getPersonId());
    return em.createQuery(
            "select l from AssetLink l where l.conversationId = :c order by l.createdAt, l.id",
            AssetLink.class)
        .setParameter("c", conversationId)
        .getResultList();
  }

  /** The person's link with an asset, if there is one (for "already suggested" on a search). */
  public Optional<AssetLink> linkOf(Caller caller, long personId, long assetId) {
    people.visible(caller, personId);
    return existing(personId, assetId);
  }

  private Optional<AssetLink> existing(long personId, long assetId) {
    return em.createQuery(
            "select l from AssetLink l where l.personId = :p and l.asset.id = :a", AssetLink.class)
        .setParameter("p", personId)
        .setParameter("a", assetId)
        .getResultStream()
        .findFirst();
  }
}
