package org.casebook.conversation;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.casebook.platform.Texts;

/**
 * Draws a person's network as an ecomap: an inline SVG picture with the person in the middle and
 * the people in their life around them, group by group ({@link NetworkGroup} order, clockwise from
 * the top).
 *
 * <p>How it reads, without relying on colour:
 *
 * <ul>
 *   <li>Each group's name is written beside its members, and each group has its own box shape:
 *       family rounded, friends pill-shaped, neighbours square-cornered, community with cut
 *       corners, professionals with a double border. People with no group are drawn too, as a last
 *       group "not grouped" with dashed boxes, so nobody recorded is left out of the picture.
 *       People with neither a name nor a relationship are skipped: there is nothing to write.
 *   <li>A line joins the person to each member. Its thickness shows closeness (1 to 5: 1, 2, 3.5, 5
 *       and 7 units) and the number is written in the member's box too ("4/5"). When closeness is
 *       not recorded (or is out of range, as a draft may hold) the line is thin and dashed and no
 *       number is shown. A key under the drawing says so.
 *   <li>Members sit in rows above and below the person and in columns either side, and each line
 *       ends on the edge of its box nearest the person, so no line passes behind another box.
 *       Within a group the closest come first. A group of more than six uses a second row behind
 *       the first where it sits above or below the person, each line to it passing through a gap in
 *       the first row. Members are spread evenly round the frame.
 * </ul>
 *
 * <p>Long names are shortened with an ellipsis; the full text stays in each box's {@code <title>}.
 * All text is XML-escaped. Colours come from the Casebook palette and have at least 4.5:1 contrast
 * with white and with the box fills, so they pass for both text and lines. There are no inline
 * styles (the Content Security Policy forbids them), only presentation attributes. The picture
 * scales to its container through its viewBox, which is at least 800 units wide and grows to fit
 * (about 1,400 units for 40 people), and the same input always gives the same output.
 *
 * <p>Screen readers read the {@code <title>} and {@code <desc>} (the SVG has {@code role="img"}),
 * so the page should also list the network as text, as the network section already does.
 */
public final class Ecomap {

  /**
   * The id prefix used unless another is given: ids {@code ecomap-title} and {@code ecomap-desc}.
   */
  public static final String DEFAULT_ID_PREFIX = "ecomap";

  /**
   * The words on the ecomap, in UK English from the resource bundle. The patterns are {@link
   * MessageFormat} patterns, as in the bundle (so an apostrophe is written twice).
   *
   * @param groups the name of every group, written beside its members
   * @param notGrouped the name written beside people with no group
   * @param title the accessible name; {0} is the person's name
   * @param description the accessible description; {0} is the person's name, {1} how many people
   *     are shown, {2} the count for each group, each written with {@code groupCount}
   * @param groupCount one group's count in the description; {0} the group's name, {1} how many
   * @param closeness how close someone is, in their box's tooltip; {0} is 1 to 5
   * @param closenessUnknown said in a box's tooltip, and in the key, when closeness is not recorded
   * @param legend the key under the drawing, explaining line thickness and the numbers
   * @param nobodyYet shown under the person, and used as the description, when nobody is recorded
   *     yet
   */
  public record Labels(
      Map<NetworkGroup, String> groups,
      String notGrouped,
      String title,
      String description,
      String groupCount,
      String closeness,
      String closenessUnknown,
      String legend,
      String nobodyYet) {

    public Labels {
      Objects.requireNonNull(groups, "groups");
      EnumMap<NetworkGroup, String> copy = new EnumMap<>(NetworkGroup.class);
      for (NetworkGroup group : NetworkGroup.values()) {
        copy.put(group, Objects.requireNonNull(groups.get(group), "groups: " + group));
      }
      groups = java.util.Collections.unmodifiableMap(copy);
      Objects.requireNonNull(notGrouped, "notGrouped");
      Objects.requireNonNull(closenessUnknown, "closenessUnknown");
      Objects.requireNonNull(legend, "legend");
      Objects.requireNonNull(nobodyYet, "nobodyYet");
      for (String pattern : new String[] {title, description, groupCount, closeness}) {
        new MessageFormat(Objects.requireNonNull(pattern, "pattern"), Locale.UK);
      }
    }

    String group(NetworkGroup group) {
      return group == null ? notGrouped : groups.get(group);
    }
  }

  // Sizes, in viewBox units (about pixels when drawn 800 wide).
  private static final double NODE_W = 184;
  private static final double NODE_H = 50;
  private static final double NODE_PAD = 16;
  private static final double NODE_GAP = 14;
  private static final double SECTOR_GAP = 26;
  private static final double CORRIDOR = 12;
  private static final double LINE_MIN = 40;
  private static final double ROW_INSET = 14;
  private static final double ROW_GAP = 22;
  private static final double CORNER = 30;
  private static final double PERSON_R = 70;
  private static final double MARGIN = 24;
  private static final double MIN_WIDTH = 800;
  private static final double STEP = 4;
  private static final int TWO_RINGS_FROM = 7;
  private static final double NAME_SIZE = 14;
  private static final double SMALL_SIZE = 13;
  private static final double PERSON_SIZE = 16;
  private static final double GROUP_SIZE = 15;
  private static final String FONT = "Segoe UI, Arial, Helvetica, sans-serif";
  private static final String TEXT = "#1f2933";
  private static final String MUTED = "#4a5560";
  private static final String ELLIPSIS = "\u2026";
  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  private static final double[] WIDTHS = {0, 1, 2, 3.5, 5, 7};

  /** How each group looks. Strokes and text colours all have at least 4.5:1 contrast on white. */
  enum Look {
    FAMILY("#0b4f8a", "#e8eff6"),
    FRIENDS("#0f5a2e", "#e8f1eb"),
    NEIGHBOURS("#5b2c86", "#f0eaf5"),
    COMMUNITY("#8a4600", "#f7eee5"),
    PROFESSIONALS("#9b1239", "#f8e9ed"),
    NOT_GROUPED("#4a5560", "#f4f6f8");

    final String colour;
    final String fill;

    Look(String colour, String fill) {
      this.colour = colour;
      this.fill = fill;
    }

    static Look of(NetworkGroup group) {
      return group == null ? NOT_GROUPED : values()[group.ordinal()];
    }
  }

  private Ecomap() {}

  /** The ecomap with the default ids ({@code ecomap-title}, {@code ecomap-desc}). */
  public static String svg(String personName, List<NetworkMember> members, Labels labels) {
    return svg(DEFAULT_ID_PREFIX, personName, members, labels);
  }

  /**
   * The ecomap as an SVG element to put inline in a page.
   *
   * @param idPrefix starts the ids of the title and description, so two ecomaps on one page do not
   *     clash: a letter, then letters, digits, hyphens or underscores
   * @param personName the person the network belongs to
   * @param members the people in their life, in the order they were recorded; may be empty
   * @param labels the words to use
   */
  public static String svg(
      String idPrefix, String personName, List<NetworkMember> members, Labels labels) {
    if (idPrefix == null || !ID.matcher(idPrefix).matches()) {
      throw new IllegalArgumentException("Not a usable id prefix: " + idPrefix);
    }
    Objects.requireNonNull(labels, "labels");
    String name = Objects.requireNonNullElse(Texts.oneLine(personName), "");
    List<Sector> sectors = sectors(members == null ? List.of() : members);
    Drawing drawing = new Drawing(sectors);
    drawing.layOut(labels);
    return drawing.write(idPrefix, name, labels);
  }

  // ---------------------------------------------------------------------------------------------
  // Who goes where

  private record Slot(String label, String second, Integer closeness) {}

  /** A group's members, closest first, split into an inner row and an outer one if it is busy. */
  private record Sector(NetworkGroup group, List<Slot> inner, List<Slot> outer) {

    int size() {
      return inner.size() + outer.size();
    }
  }

  private static List<Sector> sectors(List<NetworkMember> members) {
    Map<NetworkGroup, List<Slot>> byGroup = new EnumMap<>(NetworkGroup.class);
    List<Slot> ungrouped = new ArrayList<>();
    for (NetworkMember member : members) {
      if (member == null || member.getLabel() == null) {
        continue;
      }
      String label = member.getLabel();
      String name = Texts.oneLine(member.getName());
      String relationship = Texts.oneLine(member.getRelationship());
      String second = name != null && relationship != null ? relationship : null;
      Integer closeness = member.getCloseness();
      if (closeness != null
          && (closeness < NetworkMember.CLOSENESS_MIN || closeness > NetworkMember.CLOSENESS_MAX)) {
        closeness = null;
      }
      Slot slot = new Slot(label, second, closeness);
      if (member.getGroup() == null) {
        ungrouped.add(slot);
      } else {
        byGroup.computeIfAbsent(member.getGroup(), g -> new ArrayList<>()).add(slot);
      }
    }
    List<Sector> sectors = new ArrayList<>();
    for (NetworkGroup group : NetworkGroup.values()) {
      if (byGroup.containsKey(group)) {
        sectors.add(sector(group, byGroup.get(group)));
      }
    }
    if (!ungrouped.isEmpty()) {
      sectors.add(sector(null, ungrouped));
    }
    return sectors;
  }

  /** Closest first (a stable sort, so equals keep the order they were recorded in). */
  private static Sector sector(NetworkGroup group, List<Slot> slots) {
    List<Slot> sorted = new ArrayList<>(slots);
    sorted.sort(
        Comparator.comparingInt((Slot s) -> s.closeness() == null ? 0 : s.closeness()).reversed());
    int inner = sorted.size() < TWO_RINGS_FROM ? sorted.size() : sorted.size() / 2 + 1;
    return new Sector(
        group,
        List.copyOf(sorted.subList(0, inner)),
        List.copyOf(sorted.subList(inner, sorted.size())));
  }

  // ---------------------------------------------------------------------------------------------
  // Geometry

  /** An axis-aligned box. */
  record Box(double x0, double y0, double x1, double y1) {

    Box grow(double by) {
      return new Box(x0 - by, y0 - by, x1 + by, y1 + by);
    }

    boolean overlaps(Box o) {
      return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
    }

    boolean overlapsCircle(double cx, double cy, double r) {
      double nx = Math.max(x0, Math.min(cx, x1));
      double ny = Math.max(y0, Math.min(cy, y1));
      return (nx - cx) * (nx - cx) + (ny - cy) * (ny - cy) < r * r;
    }

    /** Whether the segment from (ax, ay) to (bx, by) passes through this box. */
    boolean crossedBy(double ax, double ay, double bx, double by) {
      double t0 = 0;
      double t1 = 1;
      double dx = bx - ax;
      double dy = by - ay;
      double[] p = {-dx, dx, -dy, dy};
      double[] q = {ax - x0, x1 - ax, ay - y0, y1 - ay};
      for (int i = 0; i < 4; i++) {
        if (p[i] == 0) {
          if (q[i] < 0) {
            return false;
          }
        } else {
          double t = q[i] / p[i];
          if (p[i] < 0) {
            t0 = Math.max(t0, t);
          } else {
            t1 = Math.min(t1, t);
          }
        }
      }
      return t0 < t1;
    }
  }

  /** Which side of the person a node sits on. */
  private enum Side {
    ABOVE,
    RIGHT,
    BELOW,
    LEFT
  }

  private static final class Node {
    final Slot slot;
    final NetworkGroup group;
    final boolean mayGoOut;
    boolean outer;
    Side side;
    int edge;
    double along;

    /** Where the line from the person ends: the middle of the box's edge nearest the person. */
    double endX;

    double endY;

    Node(Slot slot, NetworkGroup group, boolean mayGoOut) {
      this.slot = slot;
      this.group = group;
      this.mayGoOut = mayGoOut;
    }

    Box box() {
      return switch (side) {
        case ABOVE -> new Box(endX - NODE_W / 2, endY - NODE_H, endX + NODE_W / 2, endY);
        case BELOW -> new Box(endX - NODE_W / 2, endY, endX + NODE_W / 2, endY + NODE_H);
        case RIGHT -> new Box(endX, endY - NODE_H / 2, endX + NODE_W, endY + NODE_H / 2);
        case LEFT -> new Box(endX - NODE_W, endY - NODE_H / 2, endX, endY + NODE_H / 2);
      };
    }
  }

  private static final class Heading {
    final NetworkGroup group;
    final String text;
    final double width;
    String anchor = "start";
    double x;
    double y;

    Heading(NetworkGroup group, String text) {
      this.group = group;
      this.text = text;
      this.width = textWidth(text, GROUP_SIZE, true);
    }

    Box box() {
      double left =
          switch (anchor) {
            case "start" -> x;
            case "end" -> x - width;
            default -> x - width / 2;
          };
      return new Box(left, y - GROUP_SIZE, left + width, y + GROUP_SIZE * 0.3);
    }
  }

  /**
   * Lays the ecomap out around the person at (0, 0), then writes it shifted into its viewBox.
   *
   * <p>The members sit on a frame around the person: a row above, a column on the right, a row
   * below and a column on the left, filled clockwise from the top, one sector after another. Each
   * line ends on the edge of its box nearest the person, so no line ever passes behind another box:
   * lines to a column stay inside the frame's width, lines to a row stay inside its height. A busy
   * sector's outer row sits behind the inner row, each line to it passing through a gap left in the
   * inner row. When the frame is full it grows, in whichever direction keeps the ecomap about as
   * tall as it is wide.
   */
  private static final class Drawing {
    final List<Sector> sectors;
    final List<List<Node>> nodes = new ArrayList<>();
    final List<Heading> headings = new ArrayList<>();

    /** Distance from the person to the inner edge of the columns. */
    double across = PERSON_R + LINE_MIN;

    /** Distance from the person to the inner edge of the rows. */
    double down = PERSON_R + LINE_MIN;

    Drawing(List<Sector> sectors) {
      this.sectors = sectors;
      for (Sector sector : sectors) {
        // Each outer member comes between two inner ones, so its line can pass between them.
        List<Node> row = new ArrayList<>();
        for (int i = 0; i < sector.inner().size(); i++) {
          row.add(new Node(sector.inner().get(i), sector.group(), false));
          if (i < sector.outer().size()) {
            row.add(new Node(sector.outer().get(i), sector.group(), true));
          }
        }
        nodes.add(row);
      }
    }

    List<Node> allNodes() {
      List<Node> all = new ArrayList<>();
      nodes.forEach(all::addAll);
      return all;
    }

    /** How far along a row a line may end: short of the columns, so it never reaches them. */
    double rowHalf() {
      return across - ROW_INSET;
    }

    /** How far up or down a column a box's middle may go: clear of the rows. */
    double columnHalf() {
      return down - NODE_H / 2 - CORNER;
    }

    double length(int edge) {
      return edge % 2 == 0 ? 2 * rowHalf() : 2 * columnHalf();
    }

    double perimeter() {
      return 2 * length(0) + 2 * length(1);
    }

    /** The edge (counting on round the frame: 0 top, 1 right, 2 bottom, 3 left, 4 top...). */
    int edgeAt(double position) {
      int edge = 0;
      double start = 0;
      while (position >= start + length(edge)) {
        start += length(edge);
        edge++;
      }
      return edge;
    }

    double edgeStart(int edge) {
      double start = 0;
      for (int i = 0; i < edge; i++) {
        start += length(i);
      }
      return start;
    }

    /** The distance of the outer row from the person. */
    double outerDown() {
      return down + NODE_H + ROW_GAP;
    }

    /**
     * Where an outer node's line ends along its row, for a gap at {@code x} in the inner row; NaN
     * if it would reach past the columns.
     */
    double outerX(double x) {
      double out = x * outerDown() / (down + NODE_H / 2);
      return Math.abs(out) <= rowHalf() ? out : Double.NaN;
    }

    /** Half the gap the line to an outer node needs, as it slants through the inner row. */
    double corridor(double x) {
      return CORRIDOR + Math.abs(x) * NODE_H / (down + NODE_H / 2) / 2;
    }

    /** Signed position along a row, from its left end, into an x coordinate. */
    double rowX(int edge, double offset) {
      return edge % 4 == 0 ? -rowHalf() + offset : rowHalf() - offset;
    }

    /**
     * Places every node, going clockwise from {@code start}, every room widened by {@code spread}.
     * Returns how far round the frame it went.
     */
    double walk(double start, double spread) {
      double cursor = start;
      // A box at the very start of an edge needs no room before it (the corner gives it room),
      // except where the walk began: the last boxes come back round to that edge.
      int lastEdge = edgeAt(start);
      for (List<Node> sector : nodes) {
        cursor += spread * SECTOR_GAP;
        for (Node node : sector) {
          for (int attempt = 0; attempt < 2; attempt++) {
            int edge = edgeAt(cursor);
            double offset = cursor - edgeStart(edge);
            boolean row = edge % 2 == 0;
            node.outer = node.mayGoOut && row && !Double.isNaN(outerX(rowX(edge, offset)));
            double half =
                node.outer
                    ? corridor(rowX(edge, offset))
                    : (row ? NODE_W + NODE_GAP : NODE_H + NODE_GAP) / 2;
            double centre = cursor + (edge == lastEdge ? spread * half : 0);
            if (centre - edgeStart(edge) > length(edge) && attempt == 0) {
              cursor = edgeStart(edge + 1);
              continue;
            }
            if (node.outer && Double.isNaN(outerX(rowX(edge, centre - edgeStart(edge))))) {
              node.outer = false;
              half = (NODE_W + NODE_GAP) / 2;
              centre = cursor + (edge == lastEdge ? spread * half : 0);
            }
            node.along = centre;
            node.edge = edge;
            cursor = centre + spread * half;
            lastEdge = edge;
            break;
          }
        }
        cursor += spread * SECTOR_GAP;
      }
      return cursor - start;
    }

    boolean fits(double start, double spread) {
      return walk(start, spread) <= perimeter();
    }

    /** The frame grows in whichever direction keeps the ecomap about as tall as it is wide. */
    void grow() {
      double wide = across + NODE_W;
      double tall = down + 2 * NODE_H + ROW_GAP;
      if (tall < wide) {
        down += Math.max(8, down * 0.02);
      } else {
        across += Math.max(8, across * 0.02);
      }
    }

    void layOut(Labels labels) {
      if (sectors.isEmpty()) {
        return;
      }
      double start = 0;
      for (int pass = 0; pass < 3; pass++) {
        start = Math.max(0, start);
        while (!fits(start, 1)) {
          grow();
        }
        walk(start, widest(start));
        // Put the middle of the first group at the top, in the middle.
        List<Node> first = nodes.get(0);
        double middle = (first.get(0).along + first.get(first.size() - 1).along) / 2;
        double shift = length(0) / 2 - middle;
        if (Math.abs(shift) < 0.5) {
          break;
        }
        start += shift;
        if (start < 0) {
          start += perimeter();
        }
      }
      while (!fits(start, 1)) {
        grow();
      }
      walk(start, widest(start));
      for (Node node : allNodes()) {
        int edge = node.edge;
        double offset = node.along - edgeStart(edge);
        node.side = Side.values()[edge % 4];
        switch (node.side) {
          case ABOVE, BELOW -> {
            double x = rowX(edge, offset);
            double y = node.outer ? outerDown() : down;
            node.endX = node.outer ? outerX(x) : x;
            node.endY = node.side == Side.ABOVE ? -y : y;
          }
          case RIGHT -> {
            node.endX = across;
            node.endY = -columnHalf() + offset;
          }
          case LEFT -> {
            node.endX = -across;
            node.endY = columnHalf() - offset;
          }
        }
      }
      placeHeadings(labels);
    }

    /** The widest spread that still fits round the frame, so members are evenly spaced. */
    double widest(double start) {
      double lo = 1;
      double hi = 2;
      while (fits(start, hi) && hi < 4096) {
        lo = hi;
        hi *= 2;
      }
      for (int i = 0; i < 40; i++) {
        double mid = (lo + hi) / 2;
        if (fits(start, mid)) {
          lo = mid;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /**
     * Each group's name goes beside its members: above them on the top row, below them on the
     * bottom row, and over the topmost of them in a column.
     */
    void placeHeadings(Labels labels) {
      List<Node> all = allNodes();
      List<Box> taken = new ArrayList<>();
      for (Node node : all) {
        taken.add(node.box());
      }
      for (int i = 0; i < sectors.size(); i++) {
        Heading heading = new Heading(sectors.get(i).group(), labels.group(sectors.get(i).group()));
        List<Node> members = nodes.get(i);
        Side on = members.get(members.size() / 2).side;
        List<Node> there = members.stream().filter(n -> n.side == on).toList();
        double stepX = 0;
        double stepY = 0;
        switch (on) {
          case ABOVE -> {
            heading.anchor = "middle";
            heading.x = there.stream().mapToDouble(n -> n.endX).average().orElse(0);
            heading.y = there.stream().mapToDouble(n -> n.box().y0()).min().orElse(0) - 9;
            stepY = -STEP;
          }
          case BELOW -> {
            heading.anchor = "middle";
            heading.x = there.stream().mapToDouble(n -> n.endX).average().orElse(0);
            heading.y =
                there.stream().mapToDouble(n -> n.box().y1()).max().orElse(0) + 9 + GROUP_SIZE;
            stepY = STEP;
          }
          case RIGHT, LEFT -> {
            double top = there.stream().mapToDouble(n -> n.box().y0()).min().orElse(0);
            heading.x = (on == Side.RIGHT ? across : -across - NODE_W) + 2;
            heading.y = top - 9;
            stepX = on == Side.RIGHT ? STEP : -STEP;
          }
        }
        for (int tries = 0; tries < 400 && !clear(heading.box().grow(3), taken, all); tries++) {
          heading.x += stepX;
          heading.y += stepY;
        }
        taken.add(heading.box());
        headings.add(heading);
      }
    }

    static boolean clear(Box box, List<Box> taken, List<Node> all) {
      if (box.overlapsCircle(0, 0, PERSON_R + 6)) {
        return false;
      }
      for (Box other : taken) {
        if (box.overlaps(other)) {
          return false;
        }
      }
      for (Node node : all) {
        if (box.crossedBy(0, 0, node.endX, node.endY)) {
          return false;
        }
      }
      return true;
    }

    String write(String idPrefix, String name, Labels labels) {
      List<Node> all = allNodes();
      List<String> personLines = personLines(name);
      double minX = -PERSON_R;
      double maxX = PERSON_R;
      double minY = -PERSON_R;
      double maxY = PERSON_R;
      for (Node node : all) {
        Box b = node.box();
        minX = Math.min(minX, b.x0());
        maxX = Math.max(maxX, b.x1());
        minY = Math.min(minY, b.y0());
        maxY = Math.max(maxY, b.y1());
      }
      for (Heading heading : headings) {
        Box b = heading.box();
        minX = Math.min(minX, b.x0());
        maxX = Math.max(maxX, b.x1());
        minY = Math.min(minY, b.y0());
        maxY = Math.max(maxY, b.y1());
      }
      String nobody = fit(labels.nobodyYet(), MIN_WIDTH - 2 * MARGIN, SMALL_SIZE + 2, false);
      String legend = fit(labels.legend(), MIN_WIDTH - 2 * MARGIN, SMALL_SIZE, true);
      double below = maxY + 34;
      if (all.isEmpty()) {
        maxY = PERSON_R + 34 + 6;
      } else {
        maxY = below + 16 + 34;
      }
      double width = Math.max(MIN_WIDTH, maxX - minX + 2 * MARGIN);
      double height = maxY - minY + 2 * MARGIN;
      double dx = width / 2 - (minX + maxX) / 2;
      double dy = MARGIN - minY;

      StringBuilder svg = new StringBuilder(4096 + all.size() * 900);
      String titleId = idPrefix + "-title";
      String descId = idPrefix + "-desc";
      svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
          .append(num(width))
          .append(' ')
          .append(num(height))
          .append("\" width=\"100%\" role=\"img\" aria-labelledby=\"")
          .append(titleId)
          .append(' ')
          .append(descId)
          .append("\" class=\"cb-ecomap\" focusable=\"false\" font-family=\"")
          .append(FONT)
          .append("\" fill=\"")
          .append(TEXT)
          .append("\">");
      svg.append("<title id=\"").append(titleId).append("\">");
      svg.append(escape(format(labels.title(), name))).append("</title>");
      svg.append("<desc id=\"").append(descId).append("\">");
      svg.append(escape(description(name, labels))).append("</desc>");

      if (!all.isEmpty()) {
        svg.append("<g class=\"cb-ecomap-lines\" fill=\"none\">");
        for (Node node : all) {
          double[] end = {node.endX, node.endY};
          double d = Math.hypot(node.endX, node.endY);
          double sx = node.endX / d * PERSON_R;
          double sy = node.endY / d * PERSON_R;
          Integer closeness = node.slot.closeness();
          svg.append("<line x1=\"").append(num(sx + dx));
          svg.append("\" y1=\"").append(num(sy + dy));
          svg.append("\" x2=\"").append(num(end[0] + dx));
          svg.append("\" y2=\"").append(num(end[1] + dy));
          svg.append("\" stroke=\"").append(Look.of(node.group).colour);
          if (closeness == null) {
            svg.append("\" stroke-width=\"1.5\" stroke-dasharray=\"6 5\"/>");
          } else {
            svg.append("\" stroke-width=\"").append(num(WIDTHS[closeness])).append("\"/>");
          }
        }
        svg.append("</g>");
      }

      svg.append("<g class=\"cb-ecomap-person\"><title>").append(escape(name)).append("</title>");
      svg.append("<circle cx=\"").append(num(dx)).append("\" cy=\"").append(num(dy));
      svg.append("\" r=\"").append(num(PERSON_R));
      svg.append("\" fill=\"#ffffff\" stroke=\"").append(TEXT).append("\" stroke-width=\"3\"/>");
      double first = personLines.size() == 1 ? 6 : -5;
      for (int i = 0; i < personLines.size(); i++) {
        text(svg, dx, dy + first + i * 20, PERSON_SIZE, true, "middle", TEXT, personLines.get(i));
      }
      svg.append("</g>");

      if (all.isEmpty()) {
        text(svg, dx, dy + PERSON_R + 34, SMALL_SIZE + 2, false, "middle", TEXT, nobody);
      }

      for (int i = 0; i < sectors.size(); i++) {
        svg.append("<g class=\"cb-ecomap-group\">");
        for (Node node : nodes.get(i)) {
          node(svg, node, dx, dy, labels);
        }
        Heading heading = headings.get(i);
        text(
            svg,
            heading.x + dx,
            heading.y + dy,
            GROUP_SIZE,
            true,
            heading.anchor,
            Look.of(heading.group).colour,
            heading.text);
        svg.append("</g>");
      }

      if (!all.isEmpty()) {
        legend(svg, width / 2, below + dy, legend, labels.closenessUnknown());
      }
      svg.append("</svg>");
      return svg.toString();
    }

    String description(String name, Labels labels) {
      List<String> counts = new ArrayList<>();
      int total = 0;
      for (Sector sector : sectors) {
        total += sector.size();
        counts.add(format(labels.groupCount(), labels.group(sector.group()), sector.size()));
      }
      if (total == 0) {
        return labels.nobodyYet();
      }
      return format(labels.description(), name, total, String.join(" ", counts)).strip();
    }

    void node(StringBuilder svg, Node node, double dx, double dy, Labels labels) {
      Look look = Look.of(node.group);
      Slot slot = node.slot;
      Box b = node.box();
      double x0 = b.x0() + dx;
      double y0 = b.y0() + dy;
      List<String> about = new ArrayList<>();
      about.add(slot.label());
      if (slot.second() != null) {
        about.add(slot.second());
      }
      about.add(labels.group(node.group));
      about.add(
          slot.closeness() == null
              ? labels.closenessUnknown()
              : format(labels.closeness(), slot.closeness()));
      svg.append("<g class=\"cb-ecomap-member\"><title>");
      svg.append(escape(String.join(", ", about))).append("</title>");
      shape(svg, node.group, x0, y0, look);
      double textX = x0 + NODE_PAD;
      double room = NODE_W - 2 * NODE_PAD;
      String score =
          slot.closeness() == null ? null : slot.closeness() + "/" + NetworkMember.CLOSENESS_MAX;
      double scoreRoom = score == null ? 0 : textWidth(score, SMALL_SIZE, true) + 8;
      String label = fit(slot.label(), room, NAME_SIZE, true);
      text(svg, textX, y0 + 21, NAME_SIZE, true, "start", TEXT, label);
      if (slot.second() != null) {
        String second = fit(slot.second(), room - scoreRoom, SMALL_SIZE, false);
        text(svg, textX, y0 + 40, SMALL_SIZE, false, "start", MUTED, second);
      }
      if (score != null) {
        text(svg, x0 + NODE_W - NODE_PAD, y0 + 40, SMALL_SIZE, true, "end", TEXT, score);
      }
      svg.append("</g>");
    }

    void shape(StringBuilder svg, NetworkGroup group, double x0, double y0, Look look) {
      String paint =
          "\" fill=\"" + look.fill + "\" stroke=\"" + look.colour + "\" stroke-width=\"2\"";
      String rect =
          "<rect x=\""
              + num(x0)
              + "\" y=\""
              + num(y0)
              + "\" width=\""
              + num(NODE_W)
              + "\" height=\""
              + num(NODE_H);
      if (group == null) {
        svg.append(rect).append("\" rx=\"3").append(paint).append(" stroke-dasharray=\"5 3\"/>");
        return;
      }
      switch (group) {
        case FAMILY -> svg.append(rect).append("\" rx=\"12").append(paint).append("/>");
        case FRIENDS -> svg.append(rect).append("\" rx=\"25").append(paint).append("/>");
        case NEIGHBOURS -> svg.append(rect).append(paint).append("/>");
        case COMMUNITY -> {
          double c = 11;
          double x1 = x0 + NODE_W;
          double y1 = y0 + NODE_H;
          svg.append("<polygon points=\"");
          double[] points = {
            x0 + c, y0, x1 - c, y0, x1, y0 + c, x1, y1 - c, x1 - c, y1, x0 + c, y1, x0, y1 - c, x0,
            y0 + c
          };
          for (int i = 0; i < points.length; i += 2) {
            svg.append(i == 0 ? "" : " ")
                .append(num(points[i]))
                .append(',')
                .append(num(points[i + 1]));
          }
          svg.append(paint).append("/>");
        }
        case PROFESSIONALS -> {
          svg.append(rect).append(paint).append("/>");
          svg.append("<rect x=\"").append(num(x0 + 4)).append("\" y=\"").append(num(y0 + 4));
          svg.append("\" width=\"").append(num(NODE_W - 8)).append("\" height=\"");
          svg.append(num(NODE_H - 8)).append("\" fill=\"none\" stroke=\"").append(look.colour);
          svg.append("\" stroke-width=\"1\"/>");
        }
      }
    }

    /** The key: what the line thickness and numbers mean. */
    void legend(StringBuilder svg, double cx, double y, String legend, String unknown) {
      svg.append("<g class=\"cb-ecomap-key\">");
      text(svg, cx, y, SMALL_SIZE, true, "middle", TEXT, legend);
      double sample = 34;
      double gap = 14;
      double rowWidth = 6 * (sample + 6) + 5 * (gap + 10) + textWidth(unknown, SMALL_SIZE, false);
      double x = cx - rowWidth / 2;
      double lineY = y + 26;
      for (int closeness = 1; closeness <= 6; closeness++) {
        svg.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(num(lineY));
        svg.append("\" x2=\"").append(num(x + sample)).append("\" y2=\"").append(num(lineY));
        svg.append("\" stroke=\"").append(TEXT);
        if (closeness == 6) {
          svg.append("\" stroke-width=\"1.5\" stroke-dasharray=\"6 5\"/>");
          text(svg, x + sample + 6, lineY + 4.5, SMALL_SIZE, false, "start", TEXT, unknown);
        } else {
          svg.append("\" stroke-width=\"").append(num(WIDTHS[closeness])).append("\"/>");
          text(svg, x + sample + 6, lineY + 4.5, SMALL_SIZE, false, "start", TEXT, "" + closeness);
        }
        x += sample + gap + 10;
      }
      svg.append("</g>");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Text

  private static void text(
      StringBuilder svg,
      double x,
      double y,
      double size,
      boolean bold,
      String anchor,
      String colour,
      String text) {
    svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y));
    svg.append("\" font-size=\"").append(num(size)).append('"');
    if (bold) {
      svg.append(" font-weight=\"bold\"");
    }
    if (!"start".equals(anchor)) {
      svg.append(" text-anchor=\"").append(anchor).append('"');
    }
    svg.append(" fill=\"").append(colour).append("\">").append(escape(text)).append("</text>");
  }

  /** The person's name on one line, or two split at a space, each fitting inside the circle. */
  private static List<String> personLines(String name) {
    double oneLine = 2 * Math.sqrt(PERSON_R * PERSON_R - 12 * 12) - 16;
    if (textWidth(name, PERSON_SIZE, true) <= oneLine) {
      return List.of(name);
    }
    double twoLines = 2 * Math.sqrt(PERSON_R * PERSON_R - 22 * 22) - 16;
    int middle = name.length() / 2;
    int split = -1;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) == ' ' && (split < 0 || Math.abs(i - middle) < Math.abs(split - middle))) {
        split = i;
      }
    }
    if (split < 0) {
      return List.of(fit(name, oneLine, PERSON_SIZE, true));
    }
    return List.of(
        fit(name.substring(0, split), twoLines, PERSON_SIZE, true),
        fit(name.substring(split + 1), twoLines, PERSON_SIZE, true));
  }

  /** The text, shortened with an ellipsis if it would be wider than {@code room}. */
  static String fit(String text, double room, double size, boolean bold) {
    if (textWidth(text, size, bold) <= room) {
      return text;
    }
    int[] points = text.codePoints().toArray();
    for (int n = points.length - 1; n > 0; n--) {
      String start = new String(points, 0, n).stripTrailing();
      if (!start.isEmpty() && textWidth(start + ELLIPSIS, size, bold) <= room) {
        return start + ELLIPSIS;
      }
    }
    return ELLIPSIS;
  }

  /**
   * A generous estimate of how wide text is drawn, from typical widths of Arial's letters (Segoe
   * UI, the first choice, is a little narrower).
   */
  static double textWidth(String text, double size, boolean bold) {
    double em = 0;
    for (int point : text.codePoints().toArray()) {
      em += letterWidth(point);
    }
    return em * size * (bold ? 1.08 : 1.0);
  }

  private static double letterWidth(int c) {
    if ("il.,:;!'|".indexOf(c) >= 0) {
      return 0.28;
    }
    if ("jftrI()[]- /\"".indexOf(c) >= 0) {
      return 0.36;
    }
    if ("mwMW@".indexOf(c) >= 0) {
      return 0.9;
    }
    if (c >= 'A' && c <= 'Z') {
      return 0.72;
    }
    if (c < 0x80) {
      return 0.58;
    }
    if (Character.isIdeographic(c) || Character.getType(c) == Character.OTHER_SYMBOL) {
      return 1.0;
    }
    return 0.65;
  }

  private static String format(String pattern, Object... arguments) {
    return new MessageFormat(pattern, Locale.UK).format(arguments);
  }

  /** XML-escapes text, dropping characters XML cannot hold (control characters, lone halves). */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                  boolean allowed =
                      c == 0x9
                          || c == 0xA
                          || c == 0xD
                          || c >= 0x20 && c <= 0xD7FF
                          || c >= 0xE000 && c <= 0xFFFD
                          || c >= 0x10000 && c <= 0x10FFFF;
                  if (allowed) {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }

  /** A coordinate with at most one decimal, the same on every machine and locale. */
  static String num(double value) {
    long tenths = Math.round(value * 10);
    if (tenths == 0) {
      return "0";
    }
    String sign = tenths < 0 ? "-" : "";
    long abs = Math.abs(tenths);
    return abs % 10 == 0 ? sign + abs / 10 : sign + abs / 10 + "." + abs % 10;
  }
}
