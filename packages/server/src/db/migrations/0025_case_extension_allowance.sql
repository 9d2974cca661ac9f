-- A case keeps the extension allowance its item had when it was accepted, as it keeps its
-- process version: a later catalog edit applies to applications made after it, not to cases
-- already running (the applicant was told the deadlines under the rules of the day).
ALTER TABLE cases
  ADD COLUMN extension_allowed_days integer NOT NULL DEFAULT 0 CHECK (extension_allowed_days >= 0);
UPDATE cases c SET extension_allowed_days = i.extension_days
  FROM service_items i WHERE i.code = c.item_code AND i.extension_days > 0;
COMMENT ON COLUMN cases.extension_allowed_days IS '受理时事项规定的可延长办理期限（工作日，累计）；此后事项调整不影响在办件';
