package org.opendisclosure.core.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.opendisclosure.core.StaleRevisionException;
import org.opendisclosure.core.StoreException;
import org.opendisclosure.core.calendar.CalendarDate;
import org.opendisclosure.core.calendar.DayCount;
import org.opendisclosure.core.calendar.StatutoryPeriod;
import org.opendisclosure.core.catalogue.Cadence;
import org.opendisclosure.core.internal.PayloadCodec;
import org.opendisclosure.core.log.Merkle;
import org.opendisclosure.core.log.SignedHead;
import org.opendisclosure.core.log.StoredLeaf;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.model.Change;
import org.opendisclosure.core.model.ChangeKind;
import org.opendisclosure.core.model.EventType;
import org.opendisclosure.core.model.Item;
import org.opendisclosure.core.model.ItemEvent;
import org.opendisclosure.core.model.ItemId;
import org.opendisclosure.core.model.ItemQuery;
import org.opendisclosure.core.model.ItemView;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.core.model.OrganLevel;
import org.opendisclosure.core.model.PublicityWindow;
import org.opendisclosure.core.model.Revision;
import org.opendisclosure.core.model.Status;
import org.opendisclosure.core.payload.PayloadKind;
import org.opendisclosure.core.store.StoreTransaction;
import org.opendisclosure.core.workflow.Check;
import org.opendisclosure.core.workflow.CheckKind;
import org.opendisclosure.core.workflow.Feedback;
import org.opendisclosure.core.workflow.Grant;
import org.opendisclosure.core.workflow.Obligation;
import org.opendisclosure.core.workflow.Role;

/** One transaction on one connection. Not thread-safe. */
final class JdbcTransaction implements StoreTransaction {
  private static final String ITEM_COLUMNS =
      "id, organ_code, category_code, index_number, status, working_revision, published_revision, created_at, "
          + "updated_at, publish_at, published_at, due_by, due_provisional, window_start, window_end, "
          + "window_provisional, window_closed";
  private static final String REVISION_COLUMNS =
      "item_id, revision_no, title, formed_on, payload_kind, payload_json, body_html, body_text, "
          + "author_id, author_name, created_at, reason, content_hash";
  /** Values per IN list: well under every driver's limit on parameters. */
  private static final int IN_CHUNK = 500;
  /**
   * Lower bounds for the scheduler's range queries on nullable columns: H2 sorts NULLs first in an
   * index, so without a lower bound {@code publish_at <= ?} and {@code window_end < ?} walk every
   * item without a publication time or window (most of them) on each run; no real date is older.
   */
  private static final Instant EARLIEST_TIME = Instant.parse("1000-01-01T00:00:00Z");

  private static final LocalDate EARLIEST_DATE = LocalDate.of(1000, 1, 1);

  private static final String REDACTION_COLUMNS =
      ", redacted_at, redacted_by_id, redacted_by_name, redaction_reason";

  private final Connection c;

  JdbcTransaction(Connection c) {
    this.c = c;
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private int update(String sql, Binder binder) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("database error: " + e.getMessage(), e);
    }
  }

  /** Binds one row's parameters, numbered from {@code base + 1}. */
  @FunctionalInterface
  private interface RowBinder<T> {
    void bind(PreparedStatement ps, int base, T row) throws SQLException;
  }

  /**
   * The most rows one INSERT of {@link #batch} carries: at most 17 parameters per row here, so at
   * most 1,700 per statement, far below PostgreSQL's 65,535.
   */
  private static final int ROWS_PER_INSERT = 100;

  /**
   * Inserts {@code rows} with {@code sql}, an {@code INSERT … VALUES (?, …)} of one row: as
   * multi-row INSERTs of up to {@link #ROWS_PER_INSERT} rows, sent as one JDBC batch. Each
   * statement the database runs costs it a parse or bind and an execution besides the rows (on
   * PostgreSQL a large share of an archive import's CPU when every row was a statement of its own).
   */
  private <T> void batch(String sql, List<T> rows, RowBinder<T> binder) {
    if (rows.isEmpty()) {
      return;
    }
    int perRow = (int) sql.chars().filter(ch -> ch == '?').count();
    String values = sql.substring(sql.lastIndexOf("VALUES ") + "VALUES ".length());
    int size = Math.min(rows.size(), ROWS_PER_INSERT);
    int whole = rows.size() / size * size;
    try {
      try (PreparedStatement ps = c.prepareStatement(rowsOf(sql, values, size))) {
        for (int from = 0; from < whole; from += size) {
          for (int r = 0; r < size; r++) {
            binder.bind(ps, r * perRow, rows.get(from + r));
          }
          ps.addBatch();
        }
        ps.executeBatch();
      }
      if (whole < rows.size()) {
        try (PreparedStatement ps = c.prepareStatement(rowsOf(sql, values, rows.size() - whole))) {
          for (int r = whole; r < rows.size(); r++) {
            binder.bind(ps, (r - whole) * perRow, rows.get(r));
          }
          ps.executeUpdate();
        }
      }
    } catch (SQLException e) {
      SQLException cause = e.getNextException() != null ? e.getNextException() : e;
      throw new StoreException("database error: " + cause.getMessage(), e);
    }
  }

  /**
   * Runs {@code sqlBeforeMarks} + {@code ?, ?, …)} for {@code values} (distinct, no nulls) in
   * chunks of {@link #IN_CHUNK}, all rows in one list.
   */
  private <T> List<T> queryIn(String sqlBeforeMarks, List<String> values, RowMapper<T> mapper) {
    List<T> out = new ArrayList<>(values.size());
    for (int from = 0; from < values.size(); from += IN_CHUNK) {
      List<String> chunk = values.subList(from, Math.min(values.size(), from + IN_CHUNK));
      out.addAll(query(sqlBeforeMarks + marks(chunk.size()) + ")", ps -> {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setString(i + 1, chunk.get(i));
        }
      }, mapper));
    }
    return out;
  }

  /** {@code sql} (one row's INSERT, ending in {@code values}) extended to {@code rows} rows. */
  private static String rowsOf(String sql, String values, int rows) {
    StringBuilder out = new StringBuilder(sql.length() + (values.length() + 2) * (rows - 1));
    out.append(sql);
    for (int r = 1; r < rows; r++) {
      out.append(", ").append(values);
    }
    return out.toString();
  }

  private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new StoreException("database error: " + e.getMessage(), e);
    }
  }

  private <T> Optional<T> queryOne(String sql, Binder binder, RowMapper<T> mapper) {
    List<T> rows = query(sql, binder, mapper);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  // --- organs ---------------------------------------------------------------------------------

  @Override
  public void insertOrgan(Organ o) {
    update("INSERT INTO od_organ (code, name, organ_level, parent_code, index_pattern) VALUES (?, ?, ?, ?, ?)", ps -> {
      ps.setString(1, o.code());
      ps.setString(2, o.name());
      ps.setString(3, o.level().name());
      ps.setString(4, o.parentCode());
      ps.setString(5, o.indexPattern());
    });
  }

  @Override
  public Optional<Organ> findOrgan(String code) {
    return queryOne("SELECT * FROM od_organ WHERE code = ?", ps -> ps.setString(1, code), JdbcTransaction::organ);
  }

  @Override
  public Map<String, Organ> findOrgans(Collection<String> codes) {
    Map<String, Organ> found = new HashMap<>();
    for (Organ organ : queryIn("SELECT * FROM od_organ WHERE code IN (",
        codes.stream().filter(Objects::nonNull).distinct().toList(), JdbcTransaction::organ)) {
      found.put(organ.code(), organ);
    }
    return found;
  }

  @Override
  public List<Organ> organs() {
    return query("SELECT * FROM od_organ ORDER BY code", ps -> { }, JdbcTransaction::organ);
  }

  private static Organ organ(ResultSet rs) throws SQLException {
    return new Organ(rs.getString("code"), rs.getString("name"), OrganLevel.valueOf(rs.getString("organ_level")),
        rs.getString("parent_code"), rs.getString("index_pattern"));
  }

  @Override
  public long reserveIndexSequence(String organCode, String period, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    String bump = "UPDATE od_index_sequence SET counter_value = counter_value + ? WHERE organ_code = ? AND seq_period = ?";
    Binder bumpKey = ps -> {
      ps.setLong(1, count);
      ps.setString(2, organCode);
      ps.setString(3, period);
    };
    Binder key = ps -> {
      ps.setString(1, organCode);
      ps.setString(2, period);
    };
    if (update(bump, bumpKey) == 0) {
      // First number of the period. Two writers may race to create the row; the loser rolls back
      // to the savepoint and bumps the winner's row, waiting for its lock, so no number repeats.
      Savepoint savepoint = savepoint();
      try {
        update("INSERT INTO od_index_sequence (organ_code, seq_period, counter_value) VALUES (?, ?, ?)", ps -> {
          key.bind(ps);
          ps.setLong(3, count);
        });
        releaseQuietly(savepoint);
      } catch (StoreException duplicate) {
        rollbackTo(savepoint, duplicate);
        if (update(bump, bumpKey) == 0) {
          throw duplicate;
        }
      }
    }
    long last = queryOne("SELECT counter_value FROM od_index_sequence WHERE organ_code = ? AND seq_period = ?", key,
        rs -> rs.getLong(1)).orElseThrow();
    return last - count + 1;
  }

  @Override
  public Set<String> takenIndexNumbers(Collection<String> indexNumbers) {
    return new HashSet<>(queryIn("SELECT index_number FROM od_item WHERE index_number IN (",
        indexNumbers.stream().distinct().toList(), rs -> rs.getString(1)));
  }

  private Savepoint savepoint() {
    try {
      return c.setSavepoint();
    } catch (SQLException e) {
      throw new StoreException("database error: " + e.getMessage(), e);
    }
  }

  private void releaseQuietly(Savepoint savepoint) {
    try {
      c.releaseSavepoint(savepoint);
    } catch (SQLException ignored) {
      // Releasing is an optimisation; the savepoint ends with the transaction anyway.
    }
  }

  private void rollbackTo(Savepoint savepoint, StoreException cause) {
    try {
      c.rollback(savepoint);
    } catch (SQLException e) {
      cause.addSuppressed(e);
      throw cause;
    }
  }

  // --- items ----------------------------------------------------------------------------------

  private static final String INSERT_ITEM = "INSERT INTO od_item (id, organ_code, category_code, index_number, "
      + "created_at, status, working_revision, published_revision, updated_at, publish_at, published_at, due_by, "
      + "due_provisional, window_start, window_end, window_provisional, window_closed) "
      + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @Override
  public void insertItem(Item i) {
    update(INSERT_ITEM, ps -> bindItem(ps, 0, i));
  }

  @Override
  public void insertItems(List<Item> items) {
    batch(INSERT_ITEM, items, JdbcTransaction::bindItem);
  }

  private static void bindItem(PreparedStatement ps, int base, Item i) throws SQLException {
    ps.setString(base + 1, i.id().value());
    ps.setString(base + 2, i.organCode());
    ps.setString(base + 3, i.categoryCode());
    ps.setString(base + 4, i.indexNumber());
    ps.setObject(base + 5, utc(i.createdAt()));
    bindState(ps, base + 6, i);
  }

  @Override
  public Optional<Item> findItem(ItemId id) {
    return queryOne("SELECT " + ITEM_COLUMNS + " FROM od_item WHERE id = ?", ps -> ps.setString(1, id.value()),
        JdbcTransaction::item);
  }

  /**
   * Item and published revision in one statement, so that both come from the same snapshot even
   * under READ COMMITTED (a correction published between two statements cannot pair an item with
   * a revision it no longer publishes). The revision's created_at is renamed: the item has one too.
   */
  private static final String PUBLISHED_VIEWS = "SELECT "
      + "i." + ITEM_COLUMNS.replace(", ", ", i.") + ", "
      + ("r." + (REVISION_COLUMNS + REDACTION_COLUMNS).replace(", ", ", r."))
          .replace("r.created_at", "r.created_at AS revision_created_at")
      + " FROM od_item i JOIN od_revision r ON r.item_id = i.id AND r.revision_no = i.published_revision "
      + "WHERE i.published_revision > 0 AND i.status <> 'WITHDRAWN' AND i.id IN (";

  @Override
  public List<ItemView> publishedViews(Collection<ItemId> ids) {
    return queryIn(PUBLISHED_VIEWS, ids.stream().map(ItemId::value).distinct().toList(),
        rs -> new ItemView(item(rs), revision(rs, "revision_created_at")));
  }

  @Override
  public void updateItem(Item next, int expectedRevision, Status expectedStatus) {
    int rows = update("UPDATE od_item SET status = ?, working_revision = ?, published_revision = ?, updated_at = ?, "
        + "publish_at = ?, published_at = ?, due_by = ?, due_provisional = ?, window_start = ?, window_end = ?, "
        + "window_provisional = ?, window_closed = ? WHERE id = ? AND working_revision = ? AND status = ?", ps -> {
          int n = bindState(ps, 1, next);
          ps.setString(n++, next.id().value());
          ps.setInt(n++, expectedRevision);
          ps.setString(n, expectedStatus.name());
        });
    if (rows == 0) {
      Item current = findItem(next.id()).orElseThrow(() -> new StoreException("item " + next.id() + " vanished", null));
      throw new StaleRevisionException(next.id().value(), expectedRevision, current.workingRevision());
    }
  }

  /** Binds the 12 mutable columns from {@code index}; returns the next index. */
  private static int bindState(PreparedStatement ps, int index, Item i) throws SQLException {
    int n = index;
    ps.setString(n++, i.status().name());
    ps.setInt(n++, i.workingRevision());
    ps.setInt(n++, i.publishedRevision());
    ps.setObject(n++, utc(i.updatedAt()));
    ps.setObject(n++, i.publishAt() == null ? null : utc(i.publishAt()), Types.TIMESTAMP_WITH_TIMEZONE);
    ps.setObject(n++, i.publishedAt() == null ? null : utc(i.publishedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
    ps.setObject(n++, i.dueBy() == null ? null : i.dueBy().date(), Types.DATE);
    ps.setBoolean(n++, i.dueBy() != null && i.dueBy().provisional());
    PublicityWindow w = i.window();
    ps.setObject(n++, w == null ? null : w.start(), Types.DATE);
    ps.setObject(n++, w == null ? null : w.end(), Types.DATE);
    ps.setBoolean(n++, w != null && w.provisional());
    ps.setBoolean(n++, w != null && w.closedRecorded());
    return n;
  }

  @Override
  public List<Item> listItems(ItemQuery q, List<String> organCodes, List<String> categoryCodes) {
    StringBuilder sql = new StringBuilder("SELECT " + ITEM_COLUMNS + " FROM od_item WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (organCodes != null) {
      sql.append(" AND organ_code IN (").append(marks(organCodes.size())).append(")");
      args.addAll(organCodes);
    }
    if (categoryCodes != null) {
      sql.append(" AND category_code IN (").append(marks(categoryCodes.size())).append(")");
      args.addAll(categoryCodes);
    }
    if (q.status() != null) {
      sql.append(" AND status = ?");
      args.add(q.status().name());
    }
    if (q.publicOnly()) {
      sql.append(" AND published_revision > 0 AND status <> 'WITHDRAWN'");
    }
    if (q.year() != null) {
      sql.append(" AND published_at >= ? AND published_at < ?");
      args.add(OffsetDateTime.of(q.year(), 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)));
      args.add(OffsetDateTime.of(q.year() + 1, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8)));
    }
    if (q.windowOpenOn() != null) {
      sql.append(" AND window_start <= ? AND window_end >= ?");
      args.add(q.windowOpenOn());
      args.add(q.windowOpenOn());
    }
    if (q.cursor() != null) {
      sql.append(" AND id < ?");
      args.add(ItemId.parse(q.cursor()).value());
    }
    sql.append(" ORDER BY id DESC LIMIT ").append(q.limit() + 1);
    return query(sql.toString(), ps -> {
      for (int i = 0; i < args.size(); i++) {
        ps.setObject(i + 1, args.get(i));
      }
    }, JdbcTransaction::item);
  }

  private static String marks(int n) {
    return n == 0 ? "NULL" : String.join(", ", Collections.nCopies(n, "?"));
  }

  private static Item item(ResultSet rs) throws SQLException {
    LocalDate due = rs.getObject("due_by", LocalDate.class);
    LocalDate windowStart = rs.getObject("window_start", LocalDate.class);
    return new Item(new ItemId(rs.getString("id")), rs.getString("organ_code"), rs.getString("category_code"),
        rs.getString("index_number"), Status.valueOf(rs.getString("status")), rs.getInt("working_revision"),
        rs.getInt("published_revision"), instant(rs, "created_at"), instant(rs, "updated_at"),
        nullableInstant(rs, "publish_at"), nullableInstant(rs, "published_at"),
        due == null ? null : new CalendarDate(due, rs.getBoolean("due_provisional")),
        windowStart == null ? null : new PublicityWindow(windowStart, rs.getObject("window_end", LocalDate.class),
            rs.getBoolean("window_provisional"), rs.getBoolean("window_closed")));
  }

  private static Instant nullableInstant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  // --- revisions ------------------------------------------------------------------------------

  private static final String INSERT_REVISION =
      "INSERT INTO od_revision (" + REVISION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @Override
  public void insertRevision(Revision r) {
    update(INSERT_REVISION, ps -> bindRevision(ps, 0, r));
  }

  @Override
  public void insertRevisions(List<Revision> revisions) {
    batch(INSERT_REVISION, revisions, JdbcTransaction::bindRevision);
  }

  private static void bindRevision(PreparedStatement ps, int base, Revision r) throws SQLException {
    ps.setString(base + 1, r.itemId().value());
    ps.setInt(base + 2, r.number());
    ps.setString(base + 3, r.title());
    ps.setObject(base + 4, r.formedOn());
    ps.setString(base + 5, r.payload().kind().name());
    ps.setString(base + 6, PayloadCodec.toJson(r.payload()));
    ps.setString(base + 7, r.bodyHtml());
    ps.setString(base + 8, r.bodyText());
    ps.setString(base + 9, r.author().id());
    ps.setString(base + 10, r.author().name());
    ps.setObject(base + 11, utc(r.createdAt()));
    ps.setString(base + 12, r.reason());
    ps.setString(base + 13, r.contentHash());
  }

  @Override
  public Optional<Revision> findRevision(ItemId id, int number) {
    return queryOne("SELECT " + REVISION_COLUMNS + REDACTION_COLUMNS
        + " FROM od_revision WHERE item_id = ? AND revision_no = ?", ps -> {
      ps.setString(1, id.value());
      ps.setInt(2, number);
    }, JdbcTransaction::revision);
  }

  @Override
  public List<Revision> revisions(ItemId id) {
    return query("SELECT " + REVISION_COLUMNS + REDACTION_COLUMNS
        + " FROM od_revision WHERE item_id = ? ORDER BY revision_no",
        ps -> ps.setString(1, id.value()), JdbcTransaction::revision);
  }

  private static Revision revision(ResultSet rs) throws SQLException {
    return revision(rs, "created_at");
  }

  /** The revision of the current row, whose creation time is in column {@code createdAt}. */
  private static Revision revision(ResultSet rs, String createdAt) throws SQLException {
    PayloadKind kind = PayloadKind.valueOf(rs.getString("payload_kind"));
    Instant redactedAt = nullableInstant(rs, "redacted_at");
    Revision.Redaction redaction = redactedAt == null ? null : new Revision.Redaction(
        new Actor(rs.getString("redacted_by_id"), rs.getString("redacted_by_name")), redactedAt,
        rs.getString("redaction_reason"));
    return new Revision(new ItemId(rs.getString("item_id")), rs.getInt("revision_no"), rs.getString("title"),
        rs.getObject("formed_on", LocalDate.class), PayloadCodec.fromJson(kind, rs.getString("payload_json")),
        rs.getString("body_html"), rs.getString("body_text"),
        new Actor(rs.getString("author_id"), rs.getString("author_name")), instant(rs, createdAt),
        rs.getString("reason"), rs.getString("content_hash"), redaction);
  }

  @Override
  public void redactRevision(ItemId id, int number, Revision.Redaction r) {
    int rows = update("UPDATE od_revision SET title = ?, payload_json = ?, body_html = '', body_text = '', "
        + "redacted_at = ?, redacted_by_id = ?, redacted_by_name = ?, redaction_reason = ? "
        + "WHERE item_id = ? AND revision_no = ? AND redacted_at IS NULL", ps -> {
          ps.setString(1, REDACTED_TITLE);
          ps.setString(2, "{}");
          ps.setObject(3, utc(r.at()));
          ps.setString(4, r.by().id());
          ps.setString(5, r.by().name());
          ps.setString(6, r.reason());
          ps.setString(7, id.value());
          ps.setInt(8, number);
        });
    if (rows == 0) {
      throw new StoreException("revision " + number + " of " + id + " does not exist or is already redacted", null);
    }
  }

  /** The title a redacted revision keeps: its content is gone, the fact is not. */
  static final String REDACTED_TITLE = "（内容已删除）";

  // --- events ---------------------------------------------------------------------------------

  private static final String INSERT_EVENT = "INSERT INTO od_event (item_id, event_type, from_status, to_status, "
      + "revision_no, actor_id, actor_name, occurred_at, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @Override
  public void insertEvent(ItemEvent e) {
    update(INSERT_EVENT, ps -> bindEvent(ps, 0, e));
  }

  @Override
  public void insertEvents(List<ItemEvent> events) {
    batch(INSERT_EVENT, events, JdbcTransaction::bindEvent);
  }

  private static void bindEvent(PreparedStatement ps, int base, ItemEvent e) throws SQLException {
    ps.setString(base + 1, e.itemId().value());
    ps.setString(base + 2, e.type().name());
    if (e.from() == null) {
      ps.setNull(base + 3, Types.VARCHAR);
    } else {
      ps.setString(base + 3, e.from().name());
    }
    ps.setString(base + 4, e.to().name());
    ps.setInt(base + 5, e.revision());
    ps.setString(base + 6, e.actor().id());
    ps.setString(base + 7, e.actor().name());
    ps.setObject(base + 8, utc(e.at()));
    ps.setString(base + 9, e.comment());
  }

  @Override
  public List<ItemEvent> events(ItemId id) {
    return query("SELECT * FROM od_event WHERE item_id = ? ORDER BY id", ps -> ps.setString(1, id.value()), rs -> {
      String from = rs.getString("from_status");
      return new ItemEvent(rs.getLong("id"), new ItemId(rs.getString("item_id")),
          EventType.valueOf(rs.getString("event_type")), from == null ? null : Status.valueOf(from),
          Status.valueOf(rs.getString("to_status")), rs.getInt("revision_no"),
          new Actor(rs.getString("actor_id"), rs.getString("actor_name")), instant(rs, "occurred_at"),
          rs.getString("comment"));
    });
  }

  // --- change feed ----------------------------------------------------------------------------

  @Override
  public Change appendChange(ItemId itemId, int revision, ChangeKind kind, Instant at) {
    return appendChanges(List.of(new Change(0, itemId, revision, kind, at))).get(0);
  }

  @Override
  public List<Change> appendChanges(List<Change> pending) {
    if (pending.isEmpty()) {
      return List.of();
    }
    update("UPDATE od_feed_counter SET counter_value = counter_value + ? WHERE id = 1",
        ps -> ps.setLong(1, pending.size()));
    long last = queryOne("SELECT counter_value FROM od_feed_counter WHERE id = 1", ps -> { }, rs -> rs.getLong(1))
        .orElseThrow();
    List<Change> rows = new ArrayList<>(pending.size());
    long seq = last - pending.size();
    for (Change c : pending) {
      rows.add(new Change(++seq, c.itemId(), c.revision(), c.kind(), c.at()));
    }
    String sql = "INSERT INTO od_change (seq, item_id, revision_no, change_kind, occurred_at) VALUES (?, ?, ?, ?, ?)";
    RowBinder<Change> binder = (ps, base, c) -> {
      ps.setLong(base + 1, c.sequence());
      ps.setString(base + 2, c.itemId().value());
      ps.setInt(base + 3, c.revision());
      ps.setString(base + 4, c.kind().name());
      ps.setObject(base + 5, utc(c.at()));
    };
    if (rows.size() == 1) {
      update(sql, ps -> binder.bind(ps, 0, rows.get(0)));
    } else {
      batch(sql, rows, binder);
    }
    return rows;
  }

  @Override
  public List<Change> changesAfter(long sequence, int limit) {
    return query("SELECT * FROM od_change WHERE seq > ? ORDER BY seq LIMIT " + Math.max(1, Math.min(limit, 10_000)),
        ps -> ps.setLong(1, sequence),
        rs -> new Change(rs.getLong("seq"), new ItemId(rs.getString("item_id")), rs.getInt("revision_no"),
            ChangeKind.valueOf(rs.getString("change_kind")), instant(rs, "occurred_at")));
  }

  // --- roles, checks, feedback, scheduling, obligations -------------------------------------

  @Override
  public void insertGrant(Grant g) {
    update("INSERT INTO od_grant (actor_id, organ_code, role_name) VALUES (?, ?, ?)", ps -> {
      ps.setString(1, g.actorId());
      ps.setString(2, g.organCode());
      ps.setString(3, g.role().name());
    });
  }

  @Override
  public void deleteGrant(Grant g) {
    update("DELETE FROM od_grant WHERE actor_id = ? AND organ_code = ? AND role_name = ?", ps -> {
      ps.setString(1, g.actorId());
      ps.setString(2, g.organCode());
      ps.setString(3, g.role().name());
    });
  }

  @Override
  public Set<Role> roles(String actorId, List<String> organCodes) {
    if (organCodes.isEmpty()) {
      return Set.of();
    }
    String marks = marks(organCodes.size());
    List<Role> roles = query("SELECT DISTINCT role_name FROM od_grant WHERE actor_id = ? AND organ_code IN (" + marks
        + ")", ps -> {
          ps.setString(1, actorId);
          for (int i = 0; i < organCodes.size(); i++) {
            ps.setString(i + 2, organCodes.get(i));
          }
        }, rs -> Role.valueOf(rs.getString(1)));
    return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }

  @Override
  public List<Grant> grants(String actorId) {
    return query("SELECT * FROM od_grant WHERE actor_id = ? ORDER BY organ_code, role_name",
        ps -> ps.setString(1, actorId),
        rs -> new Grant(rs.getString("actor_id"), rs.getString("organ_code"), Role.valueOf(rs.getString("role_name"))));
  }

  private static final String INSERT_CHECK = "INSERT INTO od_check (item_id, revision_no, check_kind, actor_id, "
      + "actor_name, occurred_at, reference, reference_date, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @Override
  public void insertCheck(Check k) {
    update(INSERT_CHECK, ps -> bindCheck(ps, 0, k));
  }

  @Override
  public void insertChecks(List<Check> checks) {
    batch(INSERT_CHECK, checks, JdbcTransaction::bindCheck);
  }

  private static void bindCheck(PreparedStatement ps, int base, Check k) throws SQLException {
    ps.setString(base + 1, k.itemId().value());
    ps.setInt(base + 2, k.revision());
    ps.setString(base + 3, k.kind().name());
    ps.setString(base + 4, k.actor().id());
    ps.setString(base + 5, k.actor().name());
    ps.setObject(base + 6, utc(k.at()));
    ps.setString(base + 7, k.reference());
    ps.setObject(base + 8, k.referenceDate(), Types.DATE);
    ps.setString(base + 9, k.note());
  }

  @Override
  public List<Check> checks(ItemId id, int revision) {
    return query("SELECT * FROM od_check WHERE item_id = ? AND revision_no = ? ORDER BY id", ps -> {
      ps.setString(1, id.value());
      ps.setInt(2, revision);
    }, rs -> new Check(rs.getLong("id"), new ItemId(rs.getString("item_id")), rs.getInt("revision_no"),
        CheckKind.valueOf(rs.getString("check_kind")), new Actor(rs.getString("actor_id"), rs.getString("actor_name")),
        instant(rs, "occurred_at"), rs.getString("reference"), rs.getObject("reference_date", LocalDate.class),
        rs.getString("note")));
  }

  @Override
  public long insertFeedback(Feedback f, String client) {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO od_feedback (item_id, received_at, body, contact, client) VALUES (?, ?, ?, ?, ?)",
        new String[] {"id"})) {
      ps.setString(1, f.itemId().value());
      ps.setObject(2, utc(f.receivedAt()));
      ps.setString(3, f.body());
      ps.setString(4, f.contact());
      ps.setString(5, client);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("database error: " + e.getMessage(), e);
    }
  }

  @Override
  public List<Feedback> feedback(ItemId id) {
    return query("SELECT * FROM od_feedback WHERE item_id = ? ORDER BY id", ps -> ps.setString(1, id.value()),
        rs -> new Feedback(rs.getLong("id"), new ItemId(rs.getString("item_id")), instant(rs, "received_at"),
            rs.getString("body"), rs.getString("contact")));
  }

  @Override
  public int feedbackCount(ItemId id) {
    return queryOne("SELECT COUNT(*) FROM od_feedback WHERE item_id = ?", ps -> ps.setString(1, id.value()),
        rs -> rs.getInt(1)).orElse(0);
  }

  @Override
  public int feedbackFrom(String client, Instant since) {
    return queryOne("SELECT COUNT(*) FROM od_feedback WHERE client = ? AND received_at >= ?", ps -> {
      ps.setString(1, client);
      ps.setObject(2, utc(since));
    }, rs -> rs.getInt(1)).orElse(0);
  }

  @Override
  public List<Item> claimDuePublications(Instant now, int limit) {
    return query("SELECT " + ITEM_COLUMNS + " FROM od_item WHERE status = 'SCHEDULED' AND publish_at <= ? "
        + "ORDER BY publish_at, id LIMIT " + Math.max(1, limit) + " FOR UPDATE SKIP LOCKED",
        ps -> ps.setObject(1, utc(now)), JdbcTransaction::item);
  }

  @Override
  public List<Item> missedPublications(Instant now) {
    return query("SELECT " + ITEM_COLUMNS + " FROM od_item WHERE publish_at >= ? AND publish_at <= ? "
        + "AND published_revision = 0 AND status NOT IN ('SCHEDULED', 'PUBLISHED', 'WITHDRAWN') ORDER BY publish_at, id",
        ps -> {
          ps.setObject(1, utc(EARLIEST_TIME));
          ps.setObject(2, utc(now));
        }, JdbcTransaction::item);
  }

  @Override
  public List<Item> windowsToClose(LocalDate today, int limit) {
    return query("SELECT " + ITEM_COLUMNS + " FROM od_item WHERE window_end >= ? AND window_end < ? "
        + "AND window_closed = FALSE AND published_revision > 0 ORDER BY window_end, id LIMIT " + Math.max(1, limit),
        ps -> {
          ps.setObject(1, EARLIEST_DATE, Types.DATE);
          ps.setObject(2, today, Types.DATE);
        }, JdbcTransaction::item);
  }

  @Override
  public List<Item> itemsOfOrgans(List<String> organCodes) {
    if (organCodes.isEmpty()) {
      return List.of();
    }
    String marks = marks(organCodes.size());
    return query("SELECT " + ITEM_COLUMNS + " FROM od_item WHERE organ_code IN (" + marks + ") ORDER BY id", ps -> {
      for (int i = 0; i < organCodes.size(); i++) {
        ps.setString(i + 1, organCodes.get(i));
      }
    }, JdbcTransaction::item);
  }

  @Override
  public void upsertObligation(Obligation o) {
    update("DELETE FROM od_obligation WHERE organ_code = ? AND category_code = ?", ps -> {
      ps.setString(1, o.organCode());
      ps.setString(2, o.categoryCode());
    });
    update("INSERT INTO od_obligation (organ_code, category_code, cadence, grace_amount, grace_count) "
        + "VALUES (?, ?, ?, ?, ?)", ps -> {
          ps.setString(1, o.organCode());
          ps.setString(2, o.categoryCode());
          ps.setString(3, o.cadence().name());
          ps.setInt(4, o.grace().amount());
          ps.setString(5, o.grace().count().name());
        });
  }

  @Override
  public List<Obligation> obligations(List<String> organCodes) {
    if (organCodes.isEmpty()) {
      return List.of();
    }
    String marks = marks(organCodes.size());
    return query("SELECT * FROM od_obligation WHERE organ_code IN (" + marks + ") ORDER BY organ_code, category_code",
        ps -> {
          for (int i = 0; i < organCodes.size(); i++) {
            ps.setString(i + 1, organCodes.get(i));
          }
        }, rs -> new Obligation(rs.getString("organ_code"), rs.getString("category_code"),
            Cadence.valueOf(rs.getString("cadence")),
            new StatutoryPeriod(rs.getInt("grace_amount"), DayCount.valueOf(rs.getString("grace_count")))));
  }

  @Override
  public long lastChangeSequence() {
    return queryOne("SELECT counter_value FROM od_feed_counter WHERE id = 1", ps -> { }, rs -> rs.getLong(1))
        .orElseThrow();
  }

  // --- transparency log -----------------------------------------------------------------------

  @Override
  public long reserveLogIndices(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    update("UPDATE od_log_state SET tree_size = tree_size + ? WHERE id = 1", ps -> ps.setLong(1, count));
    return logSize() - count;
  }

  @Override
  public long logSize() {
    return queryOne("SELECT tree_size FROM od_log_state WHERE id = 1", ps -> { }, rs -> rs.getLong(1)).orElseThrow();
  }

  private static final String INSERT_LEAF =
      "INSERT INTO od_log_leaf (leaf_index, item_id, revision_no, event_type, entry) VALUES (?, ?, ?, ?, ?)";

  @Override
  public void insertLogLeaf(StoredLeaf l) {
    update(INSERT_LEAF, ps -> bindLeaf(ps, 0, l));
  }

  @Override
  public void insertLogLeaves(List<StoredLeaf> leaves) {
    batch(INSERT_LEAF, leaves, JdbcTransaction::bindLeaf);
  }

  private static void bindLeaf(PreparedStatement ps, int base, StoredLeaf l) throws SQLException {
    ps.setLong(base + 1, l.index());
    ps.setString(base + 2, l.itemId());
    ps.setInt(base + 3, l.revision());
    ps.setString(base + 4, l.event());
    ps.setString(base + 5, l.entry());
  }

  private static StoredLeaf leaf(ResultSet rs) throws SQLException {
    return new StoredLeaf(rs.getLong("leaf_index"), rs.getString("item_id").strip(), rs.getInt("revision_no"),
        rs.getString("event_type"), rs.getString("entry"));
  }

  @Override
  public Optional<StoredLeaf> logLeaf(long index) {
    return queryOne("SELECT * FROM od_log_leaf WHERE leaf_index = ?", ps -> ps.setLong(1, index),
        JdbcTransaction::leaf);
  }

  @Override
  public List<StoredLeaf> logLeaves(long start, long end) {
    return query("SELECT * FROM od_log_leaf WHERE leaf_index >= ? AND leaf_index < ? ORDER BY leaf_index", ps -> {
      ps.setLong(1, start);
      ps.setLong(2, end);
    }, JdbcTransaction::leaf);
  }

  @Override
  public Optional<StoredLeaf> latestLogLeaf(ItemId itemId) {
    return queryOne("SELECT * FROM od_log_leaf WHERE item_id = ? ORDER BY leaf_index DESC LIMIT 1",
        ps -> ps.setString(1, itemId.value()), JdbcTransaction::leaf);
  }

  private static final String INSERT_NODE = "INSERT INTO od_log_node (node_level, node_index, hash) VALUES (?, ?, ?)";

  @Override
  public void insertLogNode(int level, long index, String hashHex) {
    update(INSERT_NODE, ps -> {
      ps.setInt(1, level);
      ps.setLong(2, index);
      ps.setString(3, hashHex);
    });
  }

  @Override
  public void insertLogNodes(List<Merkle.Node> nodes) {
    HexFormat hex = HexFormat.of();
    batch(INSERT_NODE, nodes, (ps, base, n) -> {
      ps.setInt(base + 1, n.level());
      ps.setLong(base + 2, n.index());
      ps.setString(base + 3, hex.formatHex(n.hash()));
    });
  }

  @Override
  public Optional<String> logNode(int level, long index) {
    return queryOne("SELECT hash FROM od_log_node WHERE node_level = ? AND node_index = ?", ps -> {
      ps.setInt(1, level);
      ps.setLong(2, index);
    }, rs -> rs.getString(1));
  }

  @Override
  public void insertLogHead(SignedHead h) {
    update("INSERT INTO od_log_head (tree_size, root_hash, note, signed_at) VALUES (?, ?, ?, ?)", ps -> {
      ps.setLong(1, h.size());
      ps.setString(2, h.rootHex());
      ps.setString(3, h.note());
      ps.setObject(4, utc(h.signedAt()));
    });
  }

  private static SignedHead head(ResultSet rs) throws SQLException {
    return new SignedHead(rs.getLong("tree_size"), rs.getString("root_hash"), rs.getString("note"),
        instant(rs, "signed_at"));
  }

  @Override
  public Optional<SignedHead> logHead(long size) {
    return queryOne("SELECT * FROM od_log_head WHERE tree_size = ?", ps -> ps.setLong(1, size), JdbcTransaction::head);
  }

  @Override
  public Optional<SignedHead> latestLogHead() {
    return queryOne("SELECT * FROM od_log_head ORDER BY tree_size DESC LIMIT 1", ps -> { }, JdbcTransaction::head);
  }

  @Override
  public Optional<String[]> logKey() {
    return queryOne("SELECT key_name, private_pkcs8, public_raw FROM od_log_key WHERE id = 1", ps -> { },
        rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
  }

  @Override
  public void insertLogKey(String name, String privatePkcs8, String publicRaw) {
    update("INSERT INTO od_log_key (id, key_name, private_pkcs8, public_raw) VALUES (1, ?, ?, ?)", ps -> {
      ps.setString(1, name);
      ps.setString(2, privatePkcs8);
      ps.setString(3, publicRaw);
    });
  }
}
