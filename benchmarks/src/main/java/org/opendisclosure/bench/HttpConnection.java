package org.opendisclosure.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection that sends GET requests and reads each response whole
 * (fixed length, chunked, or up to the connection's end), keeping only the status, the byte count
 * and the first bytes of the body. A plain socket, no client library: the load driver must cost
 * the shared cores as little as possible. Reconnects on the next call after the server closed the
 * connection or a call failed. Not thread-safe: one per worker.
 */
final class HttpConnection implements AutoCloseable {
  /**
   * The status, the body's length on the wire, its first bytes (at most {@link #KEPT} of them, as
   * sent), and the {@code Content-Encoding} and {@code Server-Timing} headers (lower-cased; null
   * without one).
   */
  record Response(int status, long length, byte[] start, String contentEncoding, String serverTiming) {
    /** The {@code dur} of the named Server-Timing metric in milliseconds, or NaN. */
    double serverMillis(String metric) {
      return serverTiming == null ? Double.NaN : duration(serverTiming, metric);
    }

    String text() {
      return new String(start, StandardCharsets.UTF_8);
    }
  }

  static final int KEPT = 4096;
  private static final int CONNECT_TIMEOUT_MS = 2_000;
  private static final int READ_TIMEOUT_MS = 30_000;

  private final String host;
  private final int port;
  private final boolean gzip;
  private final byte[] skip = new byte[16 * 1024];
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  HttpConnection(String host, int port) {
    this(host, port, false);
  }

  /** With {@code gzip}, every request says {@code Accept-Encoding: gzip}. */
  HttpConnection(String host, int port, boolean gzip) {
    this.host = host;
    this.port = port;
    this.gzip = gzip;
  }

  /** Sends {@code GET path} ({@code path} already percent-encoded) and reads the response. */
  Response get(String path) throws IOException {
    try {
      if (socket == null) {
        connect();
      }
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: application/json\r\n"
          + (gzip ? "Accept-Encoding: gzip\r\n" : "") + "\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return read();
    } catch (IOException | RuntimeException e) {
      close();
      throw e;
    }
  }

  private void connect() throws IOException {
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    s.setSoTimeout(READ_TIMEOUT_MS);
    s.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
    socket = s;
    in = new BufferedInputStream(s.getInputStream(), 64 * 1024);
    out = s.getOutputStream();
  }

  private Response read() throws IOException {
    String statusLine = line();
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP response: " + statusLine);
    }
    int status = Integer.parseInt(parts[1]);
    long length = -1;
    boolean chunked = false;
    boolean closeAfter = parts[0].equals("HTTP/1.0");
    String serverTiming = null;
    String contentEncoding = null;
    for (String header = line(); !header.isEmpty(); header = line()) {
      int colon = header.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.contains("chunked");
        case "connection" -> closeAfter = value.contains("close") || (closeAfter && !value.contains("keep-alive"));
        case "content-encoding" -> contentEncoding = value;
        case "server-timing" -> serverTiming = serverTiming == null ? value : serverTiming + ", " + value;
        default -> { }
      }
    }
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    long body;
    if (status == 204 || status == 304 || status / 100 == 1) {
      body = 0;
    } else if (chunked) {
      body = 0;
      for (long size = chunkSize(); size > 0; size = chunkSize()) {
        body += consume(size, kept);
        line();
      }
      for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
        // trailers are read and ignored
      }
    } else if (length >= 0) {
      body = consume(length, kept);
    } else {
      body = consume(Long.MAX_VALUE, kept);
      closeAfter = true;
    }
    if (closeAfter) {
      close();
    }
    return new Response(status, body, kept.toByteArray(), contentEncoding, serverTiming);
  }

  /** The {@code dur} of {@code name}'s metric in a Server-Timing value, or NaN. */
  static double duration(String serverTiming, String name) {
    for (String metric : serverTiming.split(",")) {
      String[] params = metric.split(";");
      if (!params[0].strip().equals(name)) {
        continue;
      }
      for (int i = 1; i < params.length; i++) {
        String param = params[i].strip();
        if (param.startsWith("dur=")) {
          try {
            return Double.parseDouble(param.substring(4));
          } catch (NumberFormatException e) {
            return Double.NaN;
          }
        }
      }
    }
    return Double.NaN;
  }

  private long chunkSize() throws IOException {
    String l = line();
    int semicolon = l.indexOf(';');
    return Long.parseLong((semicolon < 0 ? l : l.substring(0, semicolon)).strip(), 16);
  }

  /** Reads {@code n} bytes (or up to the end when n is Long.MAX_VALUE), keeping the first ones. */
  private long consume(long n, ByteArrayOutputStream kept) throws IOException {
    long done = 0;
    while (done < n) {
      int r = in.read(skip, 0, (int) Math.min(skip.length, n - done));
      if (r < 0) {
        if (n == Long.MAX_VALUE) {
          return done;
        }
        throw new EOFException("connection closed after " + done + " of " + n + " body bytes");
      }
      int keep = Math.min(r, KEPT - kept.size());
      if (keep > 0) {
        kept.write(skip, 0, keep);
      }
      done += r;
    }
    return done;
  }

  /** One header line without its CRLF (ISO-8859-1, as HTTP headers are). */
  private String line() throws IOException {
    StringBuilder b = new StringBuilder(64);
    while (true) {
      int c = in.read();
      if (c < 0) {
        throw new EOFException("connection closed by the server");
      }
      if (c == '\n') {
        int end = b.length();
        if (end > 0 && b.charAt(end - 1) == '\r') {
          b.setLength(end - 1);
        }
        return b.toString();
      }
      b.append((char) c);
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing a failed connection: nothing left to do
      }
    }
    socket = null;
    in = null;
    out = null;
  }
}
