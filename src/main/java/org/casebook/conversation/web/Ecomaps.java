package org.casebook.conversation.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.casebook.conversation.Ecomap;
import org.casebook.conversation.NetworkGroup;
import org.casebook.conversation.NetworkMember;
import org.casebook.platform.Messages;

/** Draws ecomaps for pages, with the words from the resource bundle. */
@Named
@ApplicationScoped
public class Ecomaps {

  private volatile Ecomap.Labels labels;

  /** The ecomap as inline SVG; every piece of text in it is escaped. */
  public String svg(String idPrefix, String personName, List<NetworkMember> members) {
    return Ecomap.svg(idPrefix, personName, members, labels());
  }

  private Ecomap.Labels labels() {
    Ecomap.Labels l = labels;
    if (l == null) {
      ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Messages.LOCALE);
      Map<NetworkGroup, String> groups = new EnumMap<>(NetworkGroup.class);
      for (NetworkGroup g : NetworkGroup.values()) {
        groups.put(g, bundle.getString("network.group." + g));
      }
      l =
          new Ecomap.Labels(
              groups,
              bundle.getString("network.group.NONE"),
              bundle.getString("ecomap.title"),
              bundle.getString("ecomap.description"),
              bundle.getString("ecomap.groupCount"),
              bundle.getString("ecomap.closeness"),
              bundle.getString("ecomap.closenessUnknown"),
              bundle.getString("ecomap.legend"),
              bundle.getString("ecomap.nobodyYet"));
      labels = l;
    }
    return l;
  }
}
