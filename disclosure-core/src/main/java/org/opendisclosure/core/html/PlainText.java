package org.opendisclosure.core.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text of sanitised body HTML, for search indexing and text diffs. Each block ends a line,
 * the cells of a table row are separated by a tab (an empty cell still counts, so columns line
 * up), runs of whitespace inside a line collapse to one space, and blank lines are dropped. Inside
 * a cell, line breaks become spaces so that a row stays on one line. Not thread-safe: one instance
 * per extraction, made by {@link #of(Element)}.
 */
final class PlainText implements NodeVisitor {
  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "ul", "ol",
          "li", "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "tr", "br");

  private final StringBuilder out = new StringBuilder();
  private final StringBuilder line = new StringBuilder();
  private boolean pendingSpace;
  private boolean rowHasCell;
  private int cellDepth;
  private int preDepth;

  private PlainText() {}

  static String of(Element root) {
    PlainText text = new PlainText();
    NodeTraversor.traverse(text, root);
    text.endLine();
    return text.out.toString();
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode text) {
      append(text.getWholeText());
    } else if (node instanceof Element element) {
      String name = element.normalName();
      if (name.equals("td") || name.equals("th")) {
        startCell();
      } else if (BLOCKS.contains(name)) {
        endLine();
        if (name.equals("tr") && cellDepth == 0) {
          rowHasCell = false;
        } else if (name.equals("pre")) {
          preDepth++;
        }
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element element) {
      String name = element.normalName();
      if (name.equals("td") || name.equals("th")) {
        cellDepth--;
        // Between cells of a table nested in a cell, a space; at the end of a row cell, nothing.
        pendingSpace = cellDepth > 0;
      } else if (BLOCKS.contains(name)) {
        if (name.equals("pre")) {
          preDepth--;
        }
        endLine();
      }
    }
  }

  private void startCell() {
    if (cellDepth > 0) {
      pendingSpace = true;
    } else {
      if (rowHasCell) {
        line.append('\t');
      }
      rowHasCell = true;
      pendingSpace = false;
    }
    cellDepth++;
  }

  private void append(String text) {
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\n' && preDepth > 0) {
        endLine();
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        // isSpaceChar adds no-break spaces; isWhitespace covers the ideographic space U+3000.
        pendingSpace = true;
      } else {
        if (pendingSpace && line.length() > 0 && line.charAt(line.length() - 1) != '\t') {
          line.append(' ');
        }
        pendingSpace = false;
        line.appendCodePoint(c);
      }
    }
  }

  private void endLine() {
    if (cellDepth > 0) {
      pendingSpace = true;
      return;
    }
    pendingSpace = false;
    if (line.chars().anyMatch(c -> c != '\t')) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(line);
    }
    line.setLength(0);
  }
}
