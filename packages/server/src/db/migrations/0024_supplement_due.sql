-- 补正: the applicant is told by when to bring what is asked for (local practice, a number of
-- working days the district sets). The date is set when a step returns the case for 补正 and
-- cleared when the materials are handed in or the case ends.
ALTER TABLE cases ADD COLUMN supplement_due date;
COMMENT ON COLUMN cases.supplement_due IS '补正期限：申请人应在此日前补交材料（本地规定的工作日数）；等待补正时才有值';
