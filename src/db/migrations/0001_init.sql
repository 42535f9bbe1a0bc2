-- 0001: accounts, sessions and the daily journal.
-- Never edit a migration after it has landed on main; add a new numbered file instead.

CREATE TABLE users (
  id uuid PRIMARY KEY,
  email text NOT NULL,
  email_normalized text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  password_changed_at timestamptz NOT NULL DEFAULT now()
);

-- Only a hash of the session token is stored, so a database leak cannot be replayed as a login.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

-- Failed sign-ins, kept in the database so the limit holds across server instances.
CREATE TABLE auth_failures (
  key text NOT NULL,
  failed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX auth_failures_key_idx ON auth_failures (key, failed_at);

CREATE TABLE journal_entries (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  day date NOT NULL,
  status text NOT NULL CHECK (status IN ('logged', 'too_unwell')),
  -- Integer micrograms: 4.5 mg is 4500. 50 mg is the addiction dose and the ceiling.
  dose_mcg integer CHECK (dose_mcg BETWEEN 0 AND 50000),
  dose_time text CHECK (dose_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  dose_form text CHECK (dose_form IN ('capsule', 'liquid', 'tablet', 'sublingual', 'cream', 'other')),
  pharmacy text,
  lot text,
  scores jsonb NOT NULL DEFAULT '{}'::jsonb,
  side_effects jsonb NOT NULL DEFAULT '[]'::jsonb,
  note text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (user_id, day)
);

-- Every earlier state of an entry, so edits keep their history.
CREATE TABLE journal_entry_revisions (
  entry_id uuid NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  version integer NOT NULL,
  snapshot jsonb NOT NULL,
  replaced_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (entry_id, version)
);
CREATE INDEX journal_entry_revisions_user_idx ON journal_entry_revisions (user_id);

-- The 0-10 scales each person chose to track, in their order.
CREATE TABLE symptom_scales (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  key text NOT NULL CHECK (key ~ '^[a-z0-9_]{1,40}$'),
  label text NOT NULL,
  position integer NOT NULL,
  PRIMARY KEY (user_id, key)
);

-- Edits keep their history in the database itself: whatever path updates an entry
-- (a save of the same day, an edit by id, an import, or two saves racing), the
-- previous state is copied to journal_entry_revisions and the version goes up.
CREATE FUNCTION journal_entry_keep_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO journal_entry_revisions (entry_id, user_id, version, snapshot)
  VALUES (OLD.id, OLD.user_id, OLD.version, to_jsonb(OLD));
  NEW.version := OLD.version + 1;
  NEW.updated_at := now();
  NEW.created_at := OLD.created_at;
  NEW.id := OLD.id;
  RETURN NEW;
END;
$$;

CREATE TRIGGER journal_entries_keep_revision
  BEFORE UPDATE ON journal_entries
  FOR EACH ROW EXECUTE FUNCTION journal_entry_keep_revision();
