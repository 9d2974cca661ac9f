-- Timeline entries become data: what happened (kind) and its particulars (params), rendered per
-- language; the Chinese sentence shown that day stays with each entry (notices quote it). The
-- stage name is derived from the kind, so the Chinese stage column goes.
ALTER TABLE case_events ADD COLUMN kind text, ADD COLUMN params jsonb;
UPDATE case_events SET kind = CASE
    WHEN stage = '受理' THEN 'accepted'
    WHEN stage = '不予受理' THEN 'not_accepted'
    WHEN stage = '承办' THEN 'forwarded'
    WHEN stage = '审核' THEN 'reviewed'
    WHEN stage = '补正' AND text = '已补正材料，继续办理' THEN 'supplement_received'
    WHEN stage = '补正' THEN 'supplement_requested'
    WHEN stage = '办结' THEN 'decided'
    WHEN stage = '撤回' THEN 'withdrawn'
    WHEN stage = '特别程序' AND text LIKE '特别程序结束%' THEN 'special_ended'
    WHEN stage = '特别程序' THEN 'special_started'
    WHEN stage = '延期' THEN 'extended'
    WHEN stage = '期限调整' THEN 'rescheduled'
    WHEN stage = '送达' THEN 'delivered'
  END;
ALTER TABLE case_events
  ALTER COLUMN kind SET NOT NULL,
  ADD CONSTRAINT case_events_kind_check CHECK (kind IN ('accepted', 'not_accepted', 'forwarded', 'reviewed',
    'supplement_requested', 'supplement_received', 'decided', 'withdrawn', 'special_started', 'special_ended',
    'extended', 'rescheduled', 'delivered')),
  DROP COLUMN stage;
COMMENT ON COLUMN case_events.kind IS '事件类别：accepted 受理、not_accepted 不予受理、forwarded 承办、reviewed 审核、supplement_requested/received 补正、decided 办结、withdrawn 撤回、special_started/ended 特别程序、extended 延期、rescheduled 期限调整、delivered 送达';
COMMENT ON COLUMN case_events.params IS '事件要素（机构、环节、日期、理由等），据此按语言生成说明；本次迁移前的记录为空，只有中文说明';
COMMENT ON COLUMN case_events.text IS '当日向居民展示的中文说明（文书引用此原文）';
