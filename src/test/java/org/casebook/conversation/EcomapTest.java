package org.casebook.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class EcomapTest {

  static final String SVG = "http://www.w3.org/2000/svg";

  static Ecomap.Labels labels() {
    Map<NetworkGroup, String> groups = new EnumMap<>(NetworkGroup.class);
    groups.put(NetworkGroup.FAMILY, "Family");
    groups.put(NetworkGroup.FRIENDS, "Friends");
    groups.put(NetworkGroup.NEIGHBOURS, "Neighbours");
    groups.put(NetworkGroup.COMMUNITY, "Community");
    groups.put(NetworkGroup.PROFESSIONALS, "Professionals");
    return new Ecomap.Labels(
        groups,
        "Not grouped",
        "Ecomap: people in {0}''s life",
        "{1,choice,1#One person|1<{1} people} in {0}''s life. {2}",
        "{0}: {1}.",
        "closeness {0} of 5",
        "closeness not recorded",
        "Thicker lines mean closer. The number in each box is closeness out of 5.",
        "Nobody recorded yet.");
  }

  static NetworkMember member(String name, String relationship, NetworkGroup group, Integer c) {
    return new NetworkMember(name, relationship, group, c);
  }

  static List<NetworkMember> margaretsNetwork() {
    return List.of(
        member("Sue", "Daughter", NetworkGroup.FAMILY, 5),
        member("Tom", "Son", NetworkGroup.FAMILY, 3),
        member("Pat", "Friend from church", NetworkGroup.FRIENDS, 4),
        member("Mrs Jenkins", "Next door", NetworkGroup.NEIGHBOURS, 2),
        member("Age UK lunch club", null, NetworkGroup.COMMUNITY, 3),
        member(null, "District nurse", NetworkGroup.PROFESSIONALS, 1),
        member("Dr Patel", "GP", NetworkGroup.PROFESSIONALS, null));
  }

  /** Forty people spread over every group, with every closeness and some not recorded. */
  static List<NetworkMember> forty() {
    List<NetworkMember> members = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      NetworkGroup group = i % 13 == 0 ? null : NetworkGroup.values()[i % 5];
      Integer closeness = i % 7 == 0 ? null : i % 5 + 1;
      members.add(member("Person " + i, "Relationship " + i, group, closeness));
    }
    return members;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading the SVG back as a browser would see it

  static Document parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("The ecomap is not well-formed XML: " + e.getMessage(), e);
    }
  }

  static List<Element> all(Node root, String tag) {
    List<Element> found = new ArrayList<>();
    NodeList list =
        root instanceof Document d
            ? d.getElementsByTagNameNS(SVG, tag)
            : ((Element) root).getElementsByTagNameNS(SVG, tag);
    for (int i = 0; i < list.getLength(); i++) {
      found.add((Element) list.item(i));
    }
    return found;
  }

  static List<Element> withClass(Document doc, String tag, String cssClass) {
    return all(doc, tag).stream().filter(e -> cssClass.equals(e.getAttribute("class"))).toList();
  }

  static double number(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  record Box(double x0, double y0, double x1, double y1) {

    boolean overlaps(Box o) {
      return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
    }

    Box shrink(double by) {
      return new Box(x0 + by, y0 + by, x1 - by, y1 - by);
    }

    boolean onEdge(double x, double y) {
      boolean inside = x >= x0 - 0.2 && x <= x1 + 0.2 && y >= y0 - 0.2 && y <= y1 + 0.2;
      boolean edge =
          Math.abs(x - x0) < 0.2
              || Math.abs(x - x1) < 0.2
              || Math.abs(y - y0) < 0.2
              || Math.abs(y - y1) < 0.2;
      return inside && edge;
    }

    /** Whether the segment passes through the inside of this box. */
    boolean crossedBy(Line line) {
      double t0 = 0;
      double t1 = 1;
      double dx = line.x2 - line.x1;
      double dy = line.y2 - line.y1;
      double[] p = {-dx, dx, -dy, dy};
      double[] q = {line.x1 - x0, x1 - line.x1, line.y1 - y0, y1 - line.y1};
      for (int i = 0; i < 4; i++) {
        if (p[i] == 0) {
          if (q[i] < 0) {
            return false;
          }
        } else if (p[i] < 0) {
          t0 = Math.max(t0, q[i] / p[i]);
        } else {
          t1 = Math.min(t1, q[i] / p[i]);
        }
      }
      return t0 < t1;
    }
  }

  record Line(double x1, double y1, double x2, double y2, double width, boolean dashed) {}

  /** A member's box as drawn: its outline, its tooltip and its visible words. */
  record Member(Box box, String title, List<String> texts, Element shape) {}

  /** The parts of a drawn ecomap a person would look at. */
  record Drawn(
      Document doc,
      double width,
      double height,
      List<Line> lines,
      List<Member> members,
      List<String> texts) {

    static Drawn of(String svg) {
      Document doc = parse(svg);
      Element root = doc.getDocumentElement();
      String[] viewBox = root.getAttribute("viewBox").split(" ");
      assertEquals("0", viewBox[0]);
      assertEquals("0", viewBox[1]);
      List<Line> lines = new ArrayList<>();
      for (Element g : withClass(doc, "g", "cb-ecomap-lines")) {
        for (Element l : all(g, "line")) {
          lines.add(
              new Line(
                  number(l, "x1"),
                  number(l, "y1"),
                  number(l, "x2"),
                  number(l, "y2"),
                  number(l, "stroke-width"),
                  l.hasAttribute("stroke-dasharray")));
        }
      }
      List<Member> members = new ArrayList<>();
      for (Element g : withClass(doc, "g", "cb-ecomap-member")) {
        Element shape = null;
        for (Node child = g.getFirstChild(); child != null; child = child.getNextSibling()) {
          if (child instanceof Element e && !e.getLocalName().equals("title")) {
            shape = e;
            break;
          }
        }
        assertTrue(shape != null, "each member has an outline");
        Box box;
        if (shape.getLocalName().equals("rect")) {
          double x = number(shape, "x");
          double y = number(shape, "y");
          box = new Box(x, y, x + number(shape, "width"), y + number(shape, "height"));
        } else {
          assertEquals("polygon", shape.getLocalName());
          double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
          for (String point : shape.getAttribute("points").split(" ")) {
            String[] xy = point.split(",");
            double x = Double.parseDouble(xy[0]);
            double y = Double.parseDouble(xy[1]);
            b =
                new double[] {
                  Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)
                };
          }
          box = new Box(b[0], b[1], b[2], b[3]);
        }
        String title = all(g, "title").get(0).getTextContent();
        List<String> texts = all(g, "text").stream().map(Element::getTextContent).toList();
        members.add(new Member(box, title, texts, shape));
      }
      List<String> texts = all(doc, "text").stream().map(Element::getTextContent).toList();
      return new Drawn(
          doc,
          Double.parseDouble(viewBox[2]),
          Double.parseDouble(viewBox[3]),
          lines,
          members,
          texts);
    }

    Element root() {
      return doc.getDocumentElement();
    }

    String title() {
      return all(doc, "title").get(0).getTextContent();
    }

    String description() {
      return all(doc, "desc").get(0).getTextContent();
    }

    Member member(String label) {
      return members.stream()
          .filter(m -> m.texts().contains(label))
          .findFirst()
          .orElseThrow(() -> new AssertionError("No box shows " + label));
    }

    /** The line that ends on this member's box. */
    Line lineTo(Member member) {
      List<Line> ending = lines.stream().filter(l -> member.box().onEdge(l.x2(), l.y2())).toList();
      assertEquals(1, ending.size(), "one line ends on the box of " + member.title());
      return ending.get(0);
    }

    long count(String text) {
      return texts.stream().filter(text::equals).count();
    }

    /** The person's name as written in the middle circle (it may take two lines). */
    String person() {
      Element g = withClass(doc, "g", "cb-ecomap-person").get(0);
      return String.join(" ", all(g, "text").stream().map(Element::getTextContent).toList());
    }
  }

  static Drawn draw(String name, List<NetworkMember> members) {
    return Drawn.of(Ecomap.svg(name, members, labels()));
  }

  // ---------------------------------------------------------------------------------------------
  // What a person sees

  @Test
  void theEcomapIsAnAccessibleImageThatScalesWithThePage() {
    Drawn drawn = draw("Margaret Thompson", margaretsNetwork());
    Element root = drawn.root();
    assertEquals(SVG, root.getNamespaceURI());
    assertEquals("svg", root.getLocalName());
    assertEquals("img", root.getAttribute("role"));
    assertEquals("ecomap-title ecomap-desc", root.getAttribute("aria-labelledby"));
    assertEquals("cb-ecomap", root.getAttribute("class"));
    assertEquals("false", root.getAttribute("focusable"));
    assertEquals("100%", root.getAttribute("width"), "it takes the width of the page");
    assertFalse(root.hasAttribute("height"), "its height follows from the viewBox");
    assertTrue(drawn.width() >= 800, "drawn at least 800 units wide, so text stays readable");
    assertEquals("ecomap-title", all(drawn.doc(), "title").get(0).getAttribute("id"));
    assertEquals("ecomap-desc", all(drawn.doc(), "desc").get(0).getAttribute("id"));
    assertEquals("Ecomap: people in Margaret Thompson's life", drawn.title());
  }

  @Test
  void theDescriptionSaysHowManyPeopleThereAreInEachGroup() {
    List<NetworkMember> members = new ArrayList<>(margaretsNetwork());
    members.add(member("Cousin Jo", null, null, 2));
    Drawn drawn = draw("Margaret", members);
    assertEquals(
        "8 people in Margaret's life. Family: 2. Friends: 1. Neighbours: 1. Community: 1."
            + " Professionals: 2. Not grouped: 1.",
        drawn.description());
    Drawn one = draw("Margaret", List.of(member("Sue", "Daughter", NetworkGroup.FAMILY, 5)));
    assertEquals("One person in Margaret's life. Family: 1.", one.description());
  }

  @Test
  void thePersonAndEveryoneInTheirLifeAreWrittenOnTheEcomap() {
    Drawn drawn = draw("Margaret Thompson", margaretsNetwork());
    assertEquals("Margaret Thompson", drawn.person());
    assertEquals(7, drawn.members().size());
    for (String label :
        List.of("Sue", "Tom", "Pat", "Mrs Jenkins", "Age UK lunch club", "Dr Patel")) {
      assertEquals(1, drawn.count(label), label);
    }
    assertEquals(List.of("Sue", "Daughter", "5/5"), drawn.member("Sue").texts());
    assertEquals("Sue, Daughter, Family, closeness 5 of 5", drawn.member("Sue").title());
    assertEquals(
        List.of("District nurse", "1/5"),
        drawn.member("District nurse").texts(),
        "with no name, the relationship is the label and is not repeated");
    assertEquals(
        List.of("Dr Patel", "GP"),
        drawn.member("Dr Patel").texts(),
        "no number when closeness is not recorded");
    assertEquals(
        "Dr Patel, GP, Professionals, closeness not recorded", drawn.member("Dr Patel").title());
  }

  @Test
  void aThickerLineMeansACloserRelationship() {
    List<NetworkMember> members = new ArrayList<>();
    for (int closeness = 5; closeness >= 1; closeness--) {
      members.add(member("Closeness " + closeness, null, NetworkGroup.FRIENDS, closeness));
    }
    Drawn drawn = draw("Margaret", members);
    double previous = 0;
    for (int closeness = 1; closeness <= 5; closeness++) {
      Member member = drawn.member("Closeness " + closeness);
      assertTrue(member.texts().contains(closeness + "/5"), "the number is written too");
      Line line = drawn.lineTo(member);
      assertFalse(line.dashed());
      assertTrue(line.width() > previous, "closeness " + closeness + " is thicker");
      assertTrue(line.width() >= 1);
      previous = line.width();
    }
    assertTrue(previous >= 5, "the closest are drawn boldly");
  }

  @Test
  void closenessNotRecordedOrOutOfRangeIsAThinDashedLineWithNoNumber() {
    Drawn drawn =
        draw(
            "Margaret",
            List.of(
                member("Unknown", null, NetworkGroup.FAMILY, null),
                member("Draft", null, NetworkGroup.FAMILY, 42),
                member("Known", null, NetworkGroup.FAMILY, 1)));
    for (String label : List.of("Unknown", "Draft")) {
      Line line = drawn.lineTo(drawn.member(label));
      assertTrue(line.dashed(), label);
      assertTrue(line.width() <= 2, label);
      assertEquals(List.of(label), drawn.member(label).texts());
      assertTrue(drawn.member(label).title().endsWith("closeness not recorded"));
    }
    assertFalse(drawn.lineTo(drawn.member("Known")).dashed());
    assertEquals(0, drawn.count("42/5"));
    assertTrue(drawn.texts().contains("closeness not recorded"), "the key explains dashes");
  }

  @Test
  void eachGroupThatHasMembersIsNamedOnceAndEmptyGroupsAreNot() {
    Drawn drawn =
        draw(
            "Margaret",
            List.of(
                member("Sue", "Daughter", NetworkGroup.FAMILY, 5),
                member("Tom", "Son", NetworkGroup.FAMILY, 4),
                member("Dr Patel", "GP", NetworkGroup.PROFESSIONALS, 2)));
    assertEquals(1, drawn.count("Family"));
    assertEquals(1, drawn.count("Professionals"));
    assertEquals(0, drawn.count("Friends"));
    assertEquals(0, drawn.count("Neighbours"));
    assertEquals(0, drawn.count("Community"));
    assertEquals(0, drawn.count("Not grouped"));
  }

  @Test
  void peopleWithNoGroupAreDrawnAsTheirOwnGroupAndPeopleWithNoLabelAreLeftOut() {
    Drawn drawn =
        draw(
            "Margaret",
            List.of(
                member("Sue", "Daughter", NetworkGroup.FAMILY, 5),
                member("Cousin Jo", null, null, 3),
                member(null, "  ", NetworkGroup.FRIENDS, 4),
                member(null, null, null, null)));
    assertEquals(2, drawn.members().size());
    assertEquals(1, drawn.count("Not grouped"));
    assertEquals("Cousin Jo, Not grouped, closeness 3 of 5", drawn.member("Cousin Jo").title());
    assertEquals(0, drawn.count("Friends"), "a blank member does not make a group appear");
    assertEquals(2, drawn.lines().size());
    assertTrue(drawn.description().startsWith("2 people"));
  }

  @Test
  void everyGroupHasItsOwnShapeSoColourIsNeverTheOnlyClue() {
    List<NetworkMember> members = new ArrayList<>();
    for (NetworkGroup group : NetworkGroup.values()) {
      members.add(member("In " + group, null, group, 3));
    }
    members.add(member("In no group", null, null, 3));
    Drawn drawn = draw("Margaret", members);
    Set<String> shapes = new HashSet<>();
    for (Member m : drawn.members()) {
      Element shape = m.shape();
      String look =
          shape.getLocalName()
              + " rx="
              + shape.getAttribute("rx")
              + " dashes="
              + shape.getAttribute("stroke-dasharray")
              + " outlines="
              + all(shape.getParentNode(), "rect").size();
      shapes.add(look);
    }
    assertEquals(6, shapes.size(), shapes.toString());
  }

  @Test
  void longNamesAreShortenedWithAnEllipsisAndKeptWholeInTheTooltip() {
    String name = "Wilhelmina Fotheringham-Montgomery-Smythe";
    String relationship = "Great-granddaughter's partner's mother from Aberystwyth";
    Drawn drawn = draw("Margaret", List.of(member(name, relationship, NetworkGroup.FAMILY, 2)));
    Member member = drawn.members().get(0);
    assertTrue(member.texts().get(0).endsWith("\u2026"), member.texts().get(0));
    assertTrue(name.startsWith(member.texts().get(0).replace("\u2026", "")));
    assertTrue(member.texts().get(1).endsWith("\u2026"), member.texts().get(1));
    assertEquals(name + ", " + relationship + ", Family, closeness 2 of 5", member.title());
  }

  @Test
  void textIsEscapedSoANameCannotInjectMarkup() {
    String person = "<script>alert(1)</script>";
    String friend = "Tom & \"Jerry\" <b>O'Neil</b>";
    String svg =
        Ecomap.svg(
            person, List.of(member(friend, "<img src=x onerror=alert(2)>", null, 3)), labels());
    assertFalse(svg.contains("<script"), svg);
    assertFalse(svg.contains("<b>"), svg);
    assertFalse(svg.contains("<img"), svg);
    assertFalse(svg.contains("O'Neil"), "apostrophes escaped too, so attributes are safe");
    Drawn drawn = Drawn.of(svg);
    assertTrue(all(drawn.doc(), "script").isEmpty());
    assertTrue(drawn.doc().getElementsByTagName("script").getLength() == 0);
    assertTrue(drawn.doc().getElementsByTagName("b").getLength() == 0);
    assertTrue(drawn.doc().getElementsByTagName("img").getLength() == 0);
    assertEquals("Ecomap: people in " + person + "'s life", drawn.title());
    Member member = drawn.members().get(0);
    assertEquals(
        friend + ", <img src=x onerror=alert(2)>, Not grouped, closeness 3 of 5", member.title());
    assertTrue(member.texts().get(0).startsWith("Tom & \"Jerry\" <b>"), member.texts().get(0));
    assertTrue(drawn.description().contains(person));
  }

  @Test
  void controlCharactersThatXmlCannotHoldAreDropped() {
    String svg =
        Ecomap.svg(
            "Mar\u0001garet",
            List.of(member("Sue\u0007", "Daugh\u001Fter", NetworkGroup.FAMILY, 5)),
            labels());
    Drawn drawn = Drawn.of(svg);
    assertEquals("Margaret", drawn.person());
    assertEquals(List.of("Sue", "Daughter", "5/5"), drawn.member("Sue").texts());
  }

  @Test
  void withNobodyRecordedThePersonStandsAloneWithAMessage() {
    for (List<NetworkMember> nobody : java.util.Arrays.asList(List.<NetworkMember>of(), null)) {
      Drawn drawn = draw("Margaret Thompson", nobody);
      assertEquals("Margaret Thompson", drawn.person());
      assertEquals(1, drawn.count("Nobody recorded yet."));
      assertEquals("Nobody recorded yet.", drawn.description());
      assertTrue(drawn.members().isEmpty());
      assertTrue(drawn.lines().isEmpty());
      assertEquals(1, all(drawn.doc(), "circle").size());
      assertNoCoordinateOutside(drawn);
    }
  }

  @Test
  void fortyPeopleAllFitWithNothingClippedOverlappingOrHidden() {
    Drawn drawn = draw("Margaret Thompson", forty());
    assertEquals(40, drawn.members().size());
    assertEquals(40, drawn.lines().size());
    for (int i = 1; i <= 40; i++) {
      assertEquals(1, drawn.count("Person " + i), "Person " + i);
      drawn.lineTo(drawn.member("Person " + i));
    }
    assertNoCoordinateOutside(drawn);
    assertNothingOverlapsOrHides(drawn);
    assertTrue(
        drawn.width() <= 1500,
        "still small enough to read when fitted to a page: " + drawn.width());
  }

  @Test
  void oneBusyGroupGetsASecondRowWithoutHidingAnyLine() {
    List<NetworkMember> family = new ArrayList<>();
    for (int i = 1; i <= 16; i++) {
      family.add(member("Relative " + i, "Cousin", NetworkGroup.FAMILY, i % 5 + 1));
    }
    Drawn drawn = draw("Margaret", family);
    assertEquals(16, drawn.members().size());
    assertNoCoordinateOutside(drawn);
    assertNothingOverlapsOrHides(drawn);
    assertEquals(1, drawn.count("Family"));
  }

  @Test
  void theSameNetworkAlwaysGivesTheSameDrawing() {
    String first = Ecomap.svg("Margaret Thompson", forty(), labels());
    String second = Ecomap.svg("Margaret Thompson", new ArrayList<>(forty()), labels());
    assertEquals(first, second);
    assertEquals(
        Ecomap.svg("Margaret", margaretsNetwork(), labels()),
        Ecomap.svg("Margaret", margaretsNetwork(), labels()));
  }

  @Test
  void twoEcomapsOnOnePageCanHaveTheirOwnIds() {
    Drawn drawn = Drawn.of(Ecomap.svg("ecomap-2", "Margaret", margaretsNetwork(), labels()));
    assertEquals("ecomap-2-title ecomap-2-desc", drawn.root().getAttribute("aria-labelledby"));
    assertEquals("ecomap-2-title", all(drawn.doc(), "title").get(0).getAttribute("id"));
    assertEquals("ecomap-2-desc", all(drawn.doc(), "desc").get(0).getAttribute("id"));
    for (String bad : new String[] {"", "2d", "a b", "a\"b", null}) {
      assertThrows(
          IllegalArgumentException.class,
          () -> Ecomap.svg(bad, "Margaret", List.of(), labels()),
          String.valueOf(bad));
    }
  }

  @Test
  void labelsMustNameEveryGroup() {
    Ecomap.Labels full = labels();
    Map<NetworkGroup, String> missing = new EnumMap<>(full.groups());
    missing.remove(NetworkGroup.NEIGHBOURS);
    assertThrows(
        NullPointerException.class,
        () ->
            new Ecomap.Labels(
                missing,
                full.notGrouped(),
                full.title(),
                full.description(),
                full.groupCount(),
                full.closeness(),
                full.closenessUnknown(),
                full.legend(),
                full.nobodyYet()));
  }

  @Test
  void noInlineStylesOnlyPresentationAttributes() {
    String svg = Ecomap.svg("Margaret", forty(), labels());
    Drawn drawn = Drawn.of(svg);
    assertTrue(all(drawn.doc(), "style").isEmpty(), "no <style> element");
    for (Element e : all(drawn.doc(), "*")) {
      assertFalse(e.hasAttribute("style"), e.getLocalName() + " has a style attribute");
    }
    assertFalse(svg.contains("style="));
  }

  @Test
  void textIsLargeEnoughAndColoursContrastEnough() {
    List<NetworkMember> members = new ArrayList<>(forty());
    Drawn drawn = draw("Margaret", members);
    for (Element text : all(drawn.doc(), "text")) {
      assertTrue(number(text, "font-size") >= 12, text.getTextContent());
      String colour = text.getAttribute("fill");
      assertTrue(contrast(colour, "#ffffff") >= 4.5, colour + " text on white");
    }
    for (Member member : drawn.members()) {
      String fill = member.shape().getAttribute("fill");
      String stroke = member.shape().getAttribute("stroke");
      assertTrue(contrast(stroke, "#ffffff") >= 3, stroke + " outline on white");
      Element g = (Element) member.shape().getParentNode();
      for (Element text : all(g, "text")) {
        String colour = text.getAttribute("fill");
        assertTrue(contrast(colour, fill) >= 4.5, colour + " text on " + fill);
      }
    }
    for (Element line : all(drawn.doc(), "line")) {
      String stroke = line.getAttribute("stroke");
      assertTrue(contrast(stroke, "#ffffff") >= 3, stroke + " line on white");
    }
  }

  @Test
  void linesAreDrawnBeforeTheBoxesSoBoxesSitOnTop() {
    Document doc = parse(Ecomap.svg("Margaret", margaretsNetwork(), labels()));
    List<String> order = new ArrayList<>();
    for (Node child = doc.getDocumentElement().getFirstChild();
        child != null;
        child = child.getNextSibling()) {
      if (child instanceof Element e) {
        order.add(e.getAttribute("class").isEmpty() ? e.getLocalName() : e.getAttribute("class"));
      }
    }
    assertEquals("cb-ecomap-lines", order.get(2), order.toString());
    assertTrue(order.indexOf("cb-ecomap-group") > order.indexOf("cb-ecomap-lines"));
    assertTrue(order.indexOf("cb-ecomap-person") > order.indexOf("cb-ecomap-lines"));
  }

  // ---------------------------------------------------------------------------------------------
  // Checks shared with EcomapProperties

  /** Every coordinate, box, circle and (roughly) every piece of text lies inside the viewBox. */
  static void assertNoCoordinateOutside(Drawn drawn) {
    double w = drawn.width();
    double h = drawn.height();
    for (Element e : all(drawn.doc(), "*")) {
      NamedNodeMap attributes = e.getAttributes();
      Map<String, Double> at = new TreeMap<>();
      for (int i = 0; i < attributes.getLength(); i++) {
        String name = attributes.item(i).getNodeName();
        if (name.matches("x|y|cx|cy|x1|x2|y1|y2|width|height|r")
            && !attributes.item(i).getNodeValue().endsWith("%")) {
          at.put(name, Double.parseDouble(attributes.item(i).getNodeValue()));
        }
      }
      for (String name : List.of("x", "cx", "x1", "x2")) {
        if (at.containsKey(name)) {
          inside(at.get(name), w, e, name);
        }
      }
      for (String name : List.of("y", "cy", "y1", "y2")) {
        if (at.containsKey(name)) {
          inside(at.get(name), h, e, name);
        }
      }
      if (e.getLocalName().equals("rect")) {
        inside(at.get("x") + at.get("width"), w, e, "right edge");
        inside(at.get("y") + at.get("height"), h, e, "bottom edge");
      }
      if (e.getLocalName().equals("circle")) {
        inside(at.get("cx") - at.get("r"), w, e, "left of circle");
        inside(at.get("cx") + at.get("r"), w, e, "right of circle");
        inside(at.get("cy") - at.get("r"), h, e, "top of circle");
        inside(at.get("cy") + at.get("r"), h, e, "bottom of circle");
      }
      if (e.getLocalName().equals("polygon")) {
        for (String point : e.getAttribute("points").split(" ")) {
          String[] xy = point.split(",");
          inside(Double.parseDouble(xy[0]), w, e, "point");
          inside(Double.parseDouble(xy[1]), h, e, "point");
        }
      }
      if (e.getLocalName().equals("text")) {
        double size = number(e, "font-size");
        double width = e.getTextContent().codePointCount(0, e.getTextContent().length()) * size;
        width *= 0.5;
        String anchor = e.getAttribute("text-anchor");
        double left =
            switch (anchor) {
              case "middle" -> at.get("x") - width / 2;
              case "end" -> at.get("x") - width;
              default -> at.get("x");
            };
        inside(left, w, e, "start of text");
        inside(left + width, w, e, "end of text");
        inside(at.get("y") - size, h, e, "top of text");
      }
    }
  }

  private static void inside(double value, double limit, Element e, String what) {
    if (value < 0 || value > limit) {
      fail(
          what
              + " of "
              + e.getLocalName()
              + " '"
              + e.getTextContent()
              + "' at "
              + value
              + " is outside 0.."
              + limit);
    }
  }

  /** No two boxes overlap, and no line passes behind a box it does not lead to. */
  static void assertNothingOverlapsOrHides(Drawn drawn) {
    List<Member> members = drawn.members();
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        assertFalse(
            members.get(i).box().overlaps(members.get(j).box()),
            members.get(i).title() + " overlaps " + members.get(j).title());
      }
    }
    for (Line line : drawn.lines()) {
      for (Member member : members) {
        assertFalse(
            member.box().shrink(1).crossedBy(line),
            "a line passes behind " + member.title() + ": " + line);
      }
    }
    for (Element heading : all(drawn.doc(), "text")) {
      if (!(heading.getParentNode() instanceof Element g)
          || !"cb-ecomap-group".equals(g.getAttribute("class"))) {
        continue;
      }
      double x = number(heading, "x");
      double y = number(heading, "y");
      for (Member member : members) {
        Box box = member.box();
        assertFalse(
            x >= box.x0() && x <= box.x1() && y >= box.y0() && y <= box.y1(),
            "the heading " + heading.getTextContent() + " sits on " + member.title());
      }
    }
  }

  /** WCAG contrast ratio of two #rrggbb colours. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    assertTrue(hex.matches("#[0-9a-fA-F]{6}"), hex);
    double[] rgb = new double[3];
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      rgb[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  }
}
