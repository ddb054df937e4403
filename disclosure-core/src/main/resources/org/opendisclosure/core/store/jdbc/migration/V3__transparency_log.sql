-- The transparency log (RFC 9162 Merkle tree). Leaves are appended in the transaction of the event
-- they record; od_log_state's row lock orders them. Hashes are lower-case hex.

CREATE TABLE od_log_state (
  id        INT    PRIMARY KEY,
  tree_size BIGINT NOT NULL
);
INSERT INTO od_log_state (id, tree_size) VALUES (1, 0);

CREATE TABLE od_log_leaf (
  leaf_index  BIGINT        PRIMARY KEY,
  item_id     CHAR(26)      NOT NULL,
  revision_no INT           NOT NULL,
  event_type  VARCHAR(40)   NOT NULL,
  entry       VARCHAR(2000) NOT NULL
);
CREATE INDEX od_log_leaf_item ON od_log_leaf (item_id, leaf_index);

-- The hash of every perfect subtree: level L, index i covers leaves [i * 2^L, (i + 1) * 2^L).
CREATE TABLE od_log_node (
  node_level INT      NOT NULL,
  node_index BIGINT   NOT NULL,
  hash       CHAR(64) NOT NULL,
  PRIMARY KEY (node_level, node_index)
);

-- Signed tree heads (C2SP signed notes), one per tree size.
CREATE TABLE od_log_head (
  tree_size BIGINT   PRIMARY KEY,
  root_hash CHAR(64) NOT NULL,
  note      VARCHAR(4000) NOT NULL,
  signed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The signing key when the embedding application does not supply one.
CREATE TABLE od_log_key (
  id             INT           PRIMARY KEY,
  key_name       VARCHAR(200)  NOT NULL,
  private_pkcs8  VARCHAR(1000) NOT NULL,
  public_raw     VARCHAR(100)  NOT NULL
);
