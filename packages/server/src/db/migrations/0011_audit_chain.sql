-- Tamper-evident audit log: entries are sealed into a hash chain (each holds the previous
-- entry's hash) shortly after they commit, and the table refuses edits and deletions.

ALTER TABLE audit_log ADD COLUMN chain_seq bigint UNIQUE;
ALTER TABLE audit_log ADD COLUMN prev_hash text;
ALTER TABLE audit_log ADD COLUMN hash text;
CREATE INDEX audit_log_unsealed_idx ON audit_log (id) WHERE chain_seq IS NULL;
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at);
COMMENT ON COLUMN audit_log.chain_seq IS '链上序号（封存时按顺序分配，连续无空缺）；为空表示尚未封存';
COMMENT ON COLUMN audit_log.prev_hash IS '上一条已封存记录的哈希（第一条为 64 个 0）';
COMMENT ON COLUMN audit_log.hash IS '本条记录的 SHA-256：覆盖序号、上一哈希与全部内容';

CREATE TABLE audit_chain_head (
  id integer PRIMARY KEY CHECK (id = 1),
  seq bigint NOT NULL,
  hash text NOT NULL,
  sealed_at timestamptz
);
INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));
COMMENT ON TABLE audit_chain_head IS '审计哈希链的链头（单行）；封存时锁定，保证同一时刻只有一个封存者';
COMMENT ON COLUMN audit_chain_head.id IS '固定为 1';
COMMENT ON COLUMN audit_chain_head.seq IS '最后封存的链上序号';
COMMENT ON COLUMN audit_chain_head.hash IS '最后封存记录的哈希';
COMMENT ON COLUMN audit_chain_head.sealed_at IS '最近一次封存时间';

-- Append-only: content never changes; the chain columns are written once, by the sealer.
CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF current_setting('onewindow.audit_purge', true) = 'on' THEN
      RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only';
  END IF;
  IF OLD.chain_seq IS NOT NULL
     OR NEW.id IS DISTINCT FROM OLD.id
     OR NEW.district_code IS DISTINCT FROM OLD.district_code
     OR NEW.at IS DISTINCT FROM OLD.at
     OR NEW.actor_type IS DISTINCT FROM OLD.actor_type
     OR NEW.actor_id IS DISTINCT FROM OLD.actor_id
     OR NEW.action IS DISTINCT FROM OLD.action
     OR NEW.target_type IS DISTINCT FROM OLD.target_type
     OR NEW.target_id IS DISTINCT FROM OLD.target_id
     OR NEW.ip IS DISTINCT FROM OLD.ip
     OR NEW.detail IS DISTINCT FROM OLD.detail THEN
    RAISE EXCEPTION 'audit_log is append-only';
  END IF;
  RETURN NEW;
END;
$$;
COMMENT ON FUNCTION audit_log_guard() IS '审计日志只增不改：内容不可修改，链字段只在封存时写一次；仅超过保存期的清理可删除';
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_guard();
