-- 延长办理期限 (行政许可法第四十二条 and local rules): an item says how many working days its
-- deadlines may be extended by with the office head's approval; a case records how many it got.
ALTER TABLE service_items
  ADD COLUMN extension_days integer NOT NULL DEFAULT 0 CHECK (extension_days >= 0);
COMMENT ON COLUMN service_items.extension_days IS '经批准可延长的办理期限（工作日，累计）；0 为不可延长。行政许可一般为 10（行政许可法第四十二条）';

ALTER TABLE cases
  ADD COLUMN extended_days integer NOT NULL DEFAULT 0 CHECK (extended_days >= 0);
COMMENT ON COLUMN cases.extended_days IS '已批准延长的工作日数（累计，不超过事项的可延长日数）；期限已按此顺延';
