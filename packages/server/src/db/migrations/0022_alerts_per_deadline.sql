-- A card belongs to the deadline it was raised against: when a step's deadline moves on (a
-- special procedure ended, an extension granted), its open cards are withdrawn and the new
-- deadline gets cards of its own. One card per step, level and deadline.
ALTER TABLE supervision_alerts DROP CONSTRAINT supervision_alerts_task_id_level_key;
ALTER TABLE supervision_alerts
  ADD CONSTRAINT supervision_alerts_task_level_due_key UNIQUE (task_id, level, due_date);
COMMENT ON COLUMN supervision_alerts.resolved_at IS '消除时间（环节办结、退回或取消时；或环节期限因特别程序结束、延长办理期限而顺延时）';
