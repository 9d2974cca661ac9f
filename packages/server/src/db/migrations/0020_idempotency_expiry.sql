-- Idempotency keys are kept for a day (then a retry is a new request), and a reservation whose
-- request never finished (the server stopped mid-request) is released after ten minutes.
CREATE INDEX idempotency_keys_created_idx ON idempotency_keys (created_at);
COMMENT ON COLUMN idempotency_keys.created_at IS '预留时间；保留 24 小时，未完成的预留 10 分钟后释放';
