-- 智能分析: case figures rolled up by month × community × item and by day × community,
-- kept current by a statement trigger on cases (which writes deltas) and a folding job.
-- Deltas avoid a hot row: concurrent intakes at one community never wait on each other.

CREATE TABLE case_rollup_deltas (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  day date NOT NULL,
  community_code text NOT NULL,
  item_code text NOT NULL,
  received integer NOT NULL,
  accepted integer NOT NULL,
  completed integer NOT NULL,
  on_time integer NOT NULL,
  approved integer NOT NULL,
  handling_seconds double precision NOT NULL
);
COMMENT ON TABLE case_rollup_deltas IS '统计增量：办件写入时由触发器追加，定时并入汇总表后删除';
COMMENT ON COLUMN case_rollup_deltas.id IS '顺序号';
COMMENT ON COLUMN case_rollup_deltas.day IS '统计日期（北京时间）';
COMMENT ON COLUMN case_rollup_deltas.community_code IS '办件所属社区';
COMMENT ON COLUMN case_rollup_deltas.item_code IS '事项编码';
COMMENT ON COLUMN case_rollup_deltas.received IS '收件数变化（按受理登记日）';
COMMENT ON COLUMN case_rollup_deltas.accepted IS '受理数变化（不含不予受理）';
COMMENT ON COLUMN case_rollup_deltas.completed IS '办结数变化（按办结日）';
COMMENT ON COLUMN case_rollup_deltas.on_time IS '按时办结数变化（办结日不晚于承诺日）';
COMMENT ON COLUMN case_rollup_deltas.approved IS '准予数变化';
COMMENT ON COLUMN case_rollup_deltas.handling_seconds IS '办结件办理用时（秒）之和的变化';

CREATE TABLE case_rollup_monthly (
  month date NOT NULL,
  community_code text NOT NULL,
  item_code text NOT NULL,
  received integer NOT NULL DEFAULT 0,
  accepted integer NOT NULL DEFAULT 0,
  completed integer NOT NULL DEFAULT 0,
  on_time integer NOT NULL DEFAULT 0,
  approved integer NOT NULL DEFAULT 0,
  handling_seconds double precision NOT NULL DEFAULT 0,
  -- Community first: street and community views read a few communities' rows by index.
  PRIMARY KEY (community_code, month, item_code)
);
COMMENT ON TABLE case_rollup_monthly IS '办件月度汇总：月 × 社区 × 事项（仪表盘按机构、事项、分类统计用）';
COMMENT ON COLUMN case_rollup_monthly.month IS '月份（当月第一天）';
COMMENT ON COLUMN case_rollup_monthly.community_code IS '办件所属社区';
COMMENT ON COLUMN case_rollup_monthly.item_code IS '事项编码';
COMMENT ON COLUMN case_rollup_monthly.received IS '收件数';
COMMENT ON COLUMN case_rollup_monthly.accepted IS '受理数';
COMMENT ON COLUMN case_rollup_monthly.completed IS '办结数';
COMMENT ON COLUMN case_rollup_monthly.on_time IS '按时办结数';
COMMENT ON COLUMN case_rollup_monthly.approved IS '准予数';
COMMENT ON COLUMN case_rollup_monthly.handling_seconds IS '办结件办理用时（秒）之和';

CREATE TABLE case_rollup_daily (
  day date NOT NULL,
  community_code text NOT NULL,
  received integer NOT NULL DEFAULT 0,
  accepted integer NOT NULL DEFAULT 0,
  completed integer NOT NULL DEFAULT 0,
  on_time integer NOT NULL DEFAULT 0,
  approved integer NOT NULL DEFAULT 0,
  handling_seconds double precision NOT NULL DEFAULT 0,
  PRIMARY KEY (community_code, day)
);
COMMENT ON TABLE case_rollup_daily IS '办件日汇总：日 × 社区（仪表盘趋势图用）';
COMMENT ON COLUMN case_rollup_daily.day IS '日期（北京时间）';
COMMENT ON COLUMN case_rollup_daily.community_code IS '办件所属社区';
COMMENT ON COLUMN case_rollup_daily.received IS '收件数';
COMMENT ON COLUMN case_rollup_daily.accepted IS '受理数';
COMMENT ON COLUMN case_rollup_daily.completed IS '办结数';
COMMENT ON COLUMN case_rollup_daily.on_time IS '按时办结数';
COMMENT ON COLUMN case_rollup_daily.approved IS '准予数';
COMMENT ON COLUMN case_rollup_daily.handling_seconds IS '办结件办理用时（秒）之和';

CREATE INDEX cases_open_due_idx ON cases (community_code, promised_due) WHERE ended_at IS NULL;

-- What one case row counts for: received/accepted on its acceptance day, completed on its end day.
-- Columns are passed one by one: a whole-row argument trips a planner bug when the function is inlined.
CREATE FUNCTION case_rollup_rows(
  p_accepted_at timestamptz, p_ended_at timestamptz, p_status text, p_promised_due date,
  p_community text, p_item text, p_sign integer
)
RETURNS TABLE (
  day date, community_code text, item_code text, received integer, accepted integer,
  completed integer, on_time integer, approved integer, handling_seconds double precision
)
LANGUAGE sql IMMUTABLE AS $$
  SELECT ((p_accepted_at AT TIME ZONE 'UTC') + interval '8 hours')::date, p_community, p_item,
         p_sign, CASE WHEN p_status <> 'not_accepted' THEN p_sign ELSE 0 END, 0, 0, 0, 0::double precision
  UNION ALL
  SELECT ((p_ended_at AT TIME ZONE 'UTC') + interval '8 hours')::date, p_community, p_item,
         0, 0, p_sign,
         CASE WHEN p_promised_due IS NULL
                OR ((p_ended_at AT TIME ZONE 'UTC') + interval '8 hours')::date <= p_promised_due
              THEN p_sign ELSE 0 END,
         CASE WHEN p_status = 'approved' THEN p_sign ELSE 0 END,
         p_sign * extract(epoch FROM p_ended_at - p_accepted_at)::double precision
  WHERE p_ended_at IS NOT NULL AND p_status IN ('approved', 'rejected')
$$;
COMMENT ON FUNCTION case_rollup_rows(timestamptz, timestamptz, text, date, text, text, integer) IS '一条办件对统计的贡献（sign 为 1 计入、-1 撤出）';

CREATE FUNCTION case_rollup_capture() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO case_rollup_deltas (day, community_code, item_code, received, accepted, completed, on_time, approved, handling_seconds)
    SELECT r.day, r.community_code, r.item_code, sum(r.received), sum(r.accepted), sum(r.completed),
           sum(r.on_time), sum(r.approved), sum(r.handling_seconds)
    FROM new_rows n, LATERAL case_rollup_rows(n.accepted_at, n.ended_at, n.status, n.promised_due, n.community_code, n.item_code, 1) r
    GROUP BY 1, 2, 3;
  ELSIF TG_OP = 'UPDATE' THEN
    -- Only rows whose counted fields changed (most updates move the process, not the figures).
    INSERT INTO case_rollup_deltas (day, community_code, item_code, received, accepted, completed, on_time, approved, handling_seconds)
    SELECT r.day, r.community_code, r.item_code, sum(r.received), sum(r.accepted), sum(r.completed),
           sum(r.on_time), sum(r.approved), sum(r.handling_seconds)
    FROM (
      SELECT o.accepted_at, o.ended_at, o.status, o.promised_due, o.community_code, o.item_code, -1 AS sign
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.status, o.ended_at, o.accepted_at, o.promised_due, o.community_code, o.item_code)
            IS DISTINCT FROM (n.status, n.ended_at, n.accepted_at, n.promised_due, n.community_code, n.item_code)
      UNION ALL
      SELECT n.accepted_at, n.ended_at, n.status, n.promised_due, n.community_code, n.item_code, 1 AS sign
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.status, o.ended_at, o.accepted_at, o.promised_due, o.community_code, o.item_code)
            IS DISTINCT FROM (n.status, n.ended_at, n.accepted_at, n.promised_due, n.community_code, n.item_code)
    ) ch, LATERAL case_rollup_rows(ch.accepted_at, ch.ended_at, ch.status, ch.promised_due, ch.community_code, ch.item_code, ch.sign) r
    GROUP BY 1, 2, 3
    HAVING sum(abs(r.received) + abs(r.completed)) > 0;
  ELSE
    INSERT INTO case_rollup_deltas (day, community_code, item_code, received, accepted, completed, on_time, approved, handling_seconds)
    SELECT r.day, r.community_code, r.item_code, sum(r.received), sum(r.accepted), sum(r.completed),
           sum(r.on_time), sum(r.approved), sum(r.handling_seconds)
    FROM old_rows o, LATERAL case_rollup_rows(o.accepted_at, o.ended_at, o.status, o.promised_due, o.community_code, o.item_code, -1) r
    GROUP BY 1, 2, 3;
  END IF;
  RETURN NULL;
END $$;
COMMENT ON FUNCTION case_rollup_capture() IS '办件表语句级触发器：把本语句改变的统计量写入增量表';

CREATE TRIGGER cases_rollup_insert AFTER INSERT ON cases
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_rollup_capture();
CREATE TRIGGER cases_rollup_update AFTER UPDATE ON cases
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_rollup_capture();
CREATE TRIGGER cases_rollup_delete AFTER DELETE ON cases
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_rollup_capture();

-- Cases already on file count from the start.
INSERT INTO case_rollup_deltas (day, community_code, item_code, received, accepted, completed, on_time, approved, handling_seconds)
SELECT r.day, r.community_code, r.item_code, sum(r.received), sum(r.accepted), sum(r.completed),
       sum(r.on_time), sum(r.approved), sum(r.handling_seconds)
FROM cases c, LATERAL case_rollup_rows(c.accepted_at, c.ended_at, c.status, c.promised_due, c.community_code, c.item_code, 1) r
GROUP BY 1, 2, 3;
