-- Notification outbox: written in the same transaction as the change it reports.

CREATE TABLE outbox_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  district_code text NOT NULL,
  dedupe_key text NOT NULL UNIQUE,
  channel text NOT NULL CHECK (channel IN ('sms')),
  to_cipher text NOT NULL,
  to_index text NOT NULL,
  to_masked text NOT NULL,
  template text NOT NULL,
  text text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  last_error text,
  provider_id text,
  created_at timestamptz NOT NULL,
  sent_at timestamptz
);
CREATE INDEX outbox_due_idx ON outbox_messages (next_attempt_at) WHERE status = 'pending';
CREATE INDEX outbox_to_idx ON outbox_messages (to_index, created_at);
COMMENT ON TABLE outbox_messages IS '通知发件箱：与业务变更同一事务写入，由发送任务按序投递（失败退避重试）';
COMMENT ON COLUMN outbox_messages.id IS '消息标识';
COMMENT ON COLUMN outbox_messages.district_code IS '所属区（租户）代码';
COMMENT ON COLUMN outbox_messages.dedupe_key IS '去重键（如 case:KF…:accepted），同一事件只发一次';
COMMENT ON COLUMN outbox_messages.channel IS '渠道：sms 短信';
COMMENT ON COLUMN outbox_messages.to_cipher IS '接收号码密文';
COMMENT ON COLUMN outbox_messages.to_index IS '接收号码盲索引，用于按号码查询';
COMMENT ON COLUMN outbox_messages.to_masked IS '脱敏号码，用于展示';
COMMENT ON COLUMN outbox_messages.template IS '模板名，如 case.accepted';
COMMENT ON COLUMN outbox_messages.text IS '发送内容';
COMMENT ON COLUMN outbox_messages.status IS '状态：pending 待发 / sent 已发 / failed 多次失败后放弃';
COMMENT ON COLUMN outbox_messages.attempts IS '已尝试次数';
COMMENT ON COLUMN outbox_messages.next_attempt_at IS '下次尝试时间（指数退避）';
COMMENT ON COLUMN outbox_messages.last_error IS '最近一次失败原因';
COMMENT ON COLUMN outbox_messages.provider_id IS '短信网关返回的消息编号';
COMMENT ON COLUMN outbox_messages.created_at IS '写入时间';
COMMENT ON COLUMN outbox_messages.sent_at IS '发送成功时间';
