-- 0002: n-of-1 trials. The design (which includes the seed) and the sealed allocation
-- are stored apart from what a blinded person may read; see src/server/routes/trials.ts.
-- Never edit a migration after it has landed on main; add a new numbered file instead.

CREATE TABLE trials (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- Comparison, pairs, period and washout days, start, primary outcome, mcid, higherIsBetter and the seed.
  -- The seed re-creates the allocation, so it is sealed like the allocation itself.
  design jsonb NOT NULL,
  -- Dates and period numbers only: what the person sees while blinded.
  schedule jsonb NOT NULL,
  status text NOT NULL DEFAULT 'sealed' CHECK (status IN ('sealed', 'unblinded')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX trials_user_idx ON trials (user_id, created_at);

-- The sealed key: arm and pharmacist code per period. Only the pharmacist sheet and,
-- after unblinding, the analysis and report read it.
CREATE TABLE trial_allocations (
  trial_id uuid PRIMARY KEY REFERENCES trials (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  periods jsonb NOT NULL,
  arm_labels jsonb NOT NULL
);
CREATE INDEX trial_allocations_user_idx ON trial_allocations (user_id);

-- Append-only log of unblindings: who asked, why, and when.
CREATE TABLE trial_unblindings (
  id uuid PRIMARY KEY,
  trial_id uuid NOT NULL REFERENCES trials (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  who text NOT NULL CHECK (who IN ('patient', 'clinician')),
  kind text NOT NULL CHECK (kind IN ('end', 'emergency')),
  reason text NOT NULL CHECK (length(btrim(reason)) > 0),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX trial_unblindings_trial_idx ON trial_unblindings (trial_id, at);
CREATE INDEX trial_unblindings_user_idx ON trial_unblindings (user_id);

-- Each time the pharmacist sheet was released while the trial was sealed, so the report can say so.
CREATE TABLE trial_sheet_releases (
  id uuid PRIMARY KEY,
  trial_id uuid NOT NULL REFERENCES trials (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX trial_sheet_releases_trial_idx ON trial_sheet_releases (trial_id, at);
CREATE INDEX trial_sheet_releases_user_idx ON trial_sheet_releases (user_id);

-- The logs cannot be rewritten: updates are refused, and a row may be deleted only
-- together with its trial (trial or account deletion cascades).
CREATE FUNCTION trial_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
  END IF;
  IF EXISTS (SELECT 1 FROM trials WHERE id = OLD.trial_id) THEN
    RAISE EXCEPTION '% rows go only with their trial', TG_TABLE_NAME;
  END IF;
  RETURN OLD;
END;
$$;
CREATE TRIGGER trial_unblindings_append_only BEFORE UPDATE OR DELETE ON trial_unblindings
  FOR EACH ROW EXECUTE FUNCTION trial_log_append_only();
CREATE TRIGGER trial_sheet_releases_append_only BEFORE UPDATE OR DELETE ON trial_sheet_releases
  FOR EACH ROW EXECUTE FUNCTION trial_log_append_only();
