"""The rules of a shared PostgreSQL workspace, installed by its owner with ``translator-app admin init``.

Three mechanisms, each where PostgreSQL users expect it:

- **privileges** (GRANT) say which group may touch which table or column at all: a translator has no
  privilege on the history, on sign-offs or on deleting releases, whatever client it uses;
- **triggers that check** ``pg_has_role(session_user, …)`` decide what depends on the values, which a
  privilege or a row-level policy cannot see (a policy has no OLD row): only a reviewer moves a segment to
  approved or rejected, resolves someone else's thread, signs off; the author and time of every row are the
  server's;
- **triggers that write** (``SECURITY DEFINER``, owned by the owner) keep the history: every change of a
  segment becomes events with ``session_user`` and the server's clock, and no client can skip, forge, update
  or delete them. The same triggers send ``NOTIFY``, so every open window sees changes, ``psql``'s too.

Everything here is idempotent (``CREATE OR REPLACE``, ``DROP … IF EXISTS`` then ``CREATE``): ``admin init``
runs it again after each schema migration. Group roles are cluster-wide; the rest is per database.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text

from translator_app.domain.team import GROUPS, TeamRole

TEAM_SETUP_VERSION = 1
"""Raised whenever the rules below change: a client refuses a database set up by an older or newer app."""

CHANNEL = "translator_app"
"""The LISTEN/NOTIFY channel of every change (one per database: NOTIFY does not cross databases)."""

PRESENCE_SECONDS = 45
"""A desktop that has not said where it is for this long counts as gone."""

TRANSLATOR, REVIEWER, ADMIN = (role.group for role in TeamRole)

TABLE_PRIVILEGES: dict[str, list[tuple[str, str]]] = {
    "releases": [("SELECT, INSERT, UPDATE", TRANSLATOR), ("DELETE", ADMIN)],
    "release_files": [("SELECT, INSERT, UPDATE", TRANSLATOR), ("DELETE", ADMIN)],
    "blocks": [("SELECT, INSERT, UPDATE, DELETE", TRANSLATOR)],
    "segments": [("SELECT, INSERT, UPDATE", TRANSLATOR)],
    "events": [("SELECT", TRANSLATOR)],
    "comments": [("SELECT, INSERT, UPDATE (resolved, resolved_by, resolved_at)", TRANSLATOR)],
    "signoffs": [("SELECT", TRANSLATOR), ("INSERT", REVIEWER)],
    "tm_units": [("SELECT, INSERT, UPDATE, DELETE", TRANSLATOR)],
    "terms": [("SELECT, INSERT, UPDATE, DELETE", TRANSLATOR)],
    "glossary_pairs": [("SELECT, INSERT, UPDATE", TRANSLATOR)],
    "mt_remote_glossaries": [("SELECT, INSERT, UPDATE", TRANSLATOR)],
    "mt_cache": [("SELECT, INSERT, UPDATE", TRANSLATOR)],
    "alembic_version": [("SELECT", TRANSLATOR)],
    "team_setup": [("SELECT", TRANSLATOR)],
    "team_users": [("SELECT", TRANSLATOR)],
    "team_presence": [("SELECT", TRANSLATOR)],
    "team_deleted_releases": [("SELECT", TRANSLATOR)],
}
"""Every table and what each group may do with it; a group holds the rights of the ones below it."""

TEAM_TABLES = """
CREATE TABLE IF NOT EXISTS {s}.team_setup (
    id integer PRIMARY KEY CHECK (id = 1),
    version integer NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by text NOT NULL DEFAULT session_user
);
CREATE TABLE IF NOT EXISTS {s}.team_users (
    login text PRIMARY KEY,
    role text NOT NULL,
    active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by text NOT NULL DEFAULT session_user,
    changed_at timestamptz,
    changed_by text
);
CREATE TABLE IF NOT EXISTS {s}.team_presence (
    login text NOT NULL,
    client text NOT NULL,
    release_id integer NOT NULL,
    segment_id integer,
    seen_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (login, client)
);
CREATE INDEX IF NOT EXISTS ix_team_presence_release ON {s}.team_presence (release_id);
CREATE TABLE IF NOT EXISTS {s}.team_deleted_releases (
    id serial PRIMARY KEY,
    release_id integer NOT NULL,
    title text NOT NULL,
    deleted_by text NOT NULL DEFAULT session_user,
    deleted_at timestamptz NOT NULL DEFAULT now()
);
"""

FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION {s}.translator_app_team_role(who name DEFAULT session_user) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT CASE
        WHEN pg_catalog.pg_has_role(who, '{admin}', 'MEMBER') THEN 'admin'
        WHEN pg_catalog.pg_has_role(who, '{reviewer}', 'MEMBER') THEN 'reviewer'
        WHEN pg_catalog.pg_has_role(who, '{translator}', 'MEMBER') THEN 'translator'
        ELSE '' END
$$;

CREATE OR REPLACE FUNCTION {s}.translator_app_is_reviewer() RETURNS boolean
LANGUAGE sql STABLE AS $$ SELECT pg_catalog.pg_has_role(session_user, '{reviewer}', 'MEMBER') $$;

CREATE OR REPLACE FUNCTION {s}.translator_app_refuse(what text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
        MESSAGE = pg_catalog.format(
            '%s (%s is a %s)', what, session_user,
            coalesce(nullif({s}.translator_app_team_role(), ''), 'login of no team group'));
END $$;

-- Segments: only reviewers decide; author, time and version are the server's.
CREATE OR REPLACE FUNCTION {s}.translator_app_segment_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    changed boolean := TG_OP = 'INSERT'
        OR (NEW.target, NEW.status, NEW.source, NEW.translatable, NEW.origin, NEW.archived)
           IS DISTINCT FROM (OLD.target, OLD.status, OLD.source, OLD.translatable, OLD.origin, OLD.archived);
    decided boolean := NEW.status IN ('approved', 'rejected') AND (TG_OP = 'INSERT'
        OR (NEW.status, NEW.target, NEW.source, NEW.translatable)
           IS DISTINCT FROM (OLD.status, OLD.target, OLD.source, OLD.translatable));
BEGIN
    IF decided AND NOT {s}.translator_app_is_reviewer() THEN
        PERFORM {s}.translator_app_refuse('only a reviewer may leave a segment ' || NEW.status);
    END IF;
    IF changed THEN
        NEW.updated_by := session_user;
        NEW.updated_at := now();
    ELSE
        NEW.updated_by := OLD.updated_by;
        NEW.updated_at := OLD.updated_at;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF NEW.version < OLD.version THEN
            NEW.version := OLD.version;
        END IF;
        IF changed AND NEW.version = OLD.version THEN
            NEW.version := OLD.version + 1;  -- every change moves the version: sign-offs and conflicts see it
        END IF;
    END IF;
    RETURN NEW;
END $$;

-- The history: written here, never by a client. A note set by the client for its next write (a
-- rejection's reason, "revert:3") is attached and then cleared.
CREATE OR REPLACE FUNCTION {s}.translator_app_segment_history() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    who text := session_user;
    acting text := CASE WHEN {s}.translator_app_is_reviewer() THEN 'reviewer' ELSE 'translator' END;
    status_note text := coalesce(current_setting('translator_app.status_note', true), '');
    target_note text := coalesce(current_setting('translator_app.target_note', true), '');
BEGIN
    IF NEW.source IS DISTINCT FROM OLD.source THEN
        INSERT INTO {s}.events (segment_id, kind, "user", role, at, old, new, comment)
        VALUES (NEW.id, 'source', who, acting, now(), OLD.source, NEW.source, '');
    END IF;
    IF NEW.target IS DISTINCT FROM OLD.target THEN
        INSERT INTO {s}.events (segment_id, kind, "user", role, at, old, new, comment)
        VALUES (NEW.id, 'target', who, acting, now(), OLD.target, NEW.target, target_note);
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        INSERT INTO {s}.events (segment_id, kind, "user", role, at, old, new, comment)
        VALUES (NEW.id, 'status', who, acting, now(), OLD.status, NEW.status, status_note);
    END IF;
    IF NEW.translatable IS DISTINCT FROM OLD.translatable THEN
        INSERT INTO {s}.events (segment_id, kind, "user", role, at, old, new, comment)
        VALUES (NEW.id, 'translatable', who, acting, now(),
                OLD.translatable::text, NEW.translatable::text, '');
    END IF;
    IF status_note <> '' OR target_note <> '' THEN
        PERFORM set_config('translator_app.status_note', '', true);
        PERFORM set_config('translator_app.target_note', '', true);
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION {s}.translator_app_history_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- Deleting a release (admins only) takes its segments' history with it: a cascade, two triggers deep.
    IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
        MESSAGE = pg_catalog.format('%s is append-only: no %s (%s)', TG_TABLE_NAME, TG_OP, session_user);
END $$;

-- Notifications: {{"release": 12, "segments": [3, 4], "kind": "segments", "author": "ana"}}, sent at commit.
CREATE OR REPLACE FUNCTION {s}.translator_app_notify(release integer, ids integer[], kind text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    payload text := json_build_object('release', release, 'segments', ids, 'kind', kind,
                                      'author', session_user)::text;
BEGIN
    IF length(payload) > 7000 THEN  -- NOTIFY's limit is 8000 bytes: past it, "refresh the release"
        payload := json_build_object('release', release, 'segments', NULL, 'kind', kind,
                                     'author', session_user)::text;
    END IF;
    PERFORM pg_notify('{channel}', payload);
END $$;

CREATE OR REPLACE FUNCTION {s}.translator_app_notify_segments() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    batch record;
BEGIN
    FOR batch IN SELECT release_id, array_agg(id ORDER BY id) AS ids FROM changed GROUP BY release_id LOOP
        PERFORM {s}.translator_app_notify(batch.release_id, batch.ids, TG_ARGV[0]);
    END LOOP;
    RETURN NULL;
END $$;

-- Comments: the server's author and time; tags and decisions' reasons are a reviewer's; a translator resolves
-- or reopens only a thread they started. A comment brought in from a returned file in the name of someone
-- who has no login here (a Word comment's author) keeps that name, followed by who brought it in.
CREATE OR REPLACE FUNCTION {s}.translator_app_thread_author(comment_id integer) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
    node integer := comment_id;
    parent integer;
    writer text;
BEGIN
    LOOP
        SELECT reply_to, author INTO parent, writer FROM {s}.comments WHERE id = node;
        EXIT WHEN parent IS NULL;
        node := parent;
    END LOOP;
    RETURN writer;
END $$;

CREATE OR REPLACE FUNCTION {s}.translator_app_comment_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF (NEW.kind <> 'note' OR NEW.category <> '' OR NEW.severity <> '')
           AND NOT {s}.translator_app_is_reviewer() THEN
            PERFORM {s}.translator_app_refuse('only a reviewer gives a decision''s reason or tags an error');
        END IF;
        IF coalesce(NEW.author, '') = '' OR NEW.author = session_user::text
           OR EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = NEW.author) THEN
            NEW.author := session_user;
        ELSE
            NEW.author := left(NEW.author, 150) || ' (via ' || session_user || ')';
        END IF;
        NEW.at := now();
    ELSIF NEW.resolved IS DISTINCT FROM OLD.resolved THEN
        IF NOT {s}.translator_app_is_reviewer()
           AND {s}.translator_app_thread_author(OLD.id) IS DISTINCT FROM session_user::text THEN
            PERFORM {s}.translator_app_refuse('only a reviewer resolves someone else''s comment');
        END IF;
    ELSE
        NEW.resolved_by := OLD.resolved_by;
        NEW.resolved_at := OLD.resolved_at;
        RETURN NEW;
    END IF;
    IF NEW.resolved THEN
        NEW.resolved_by := session_user;
        NEW.resolved_at := now();
    ELSE
        NEW.resolved_by := '';
        NEW.resolved_at := NULL;
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION {s}.translator_app_notify_comment() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM {s}.translator_app_notify(
        (SELECT release_id FROM {s}.segments WHERE id = NEW.segment_id), ARRAY[NEW.segment_id], 'comments');
    RETURN NULL;
END $$;

-- Sign-off: one atomic decision. The release's segments are locked (FOR SHARE: a translator's save waits
-- until the sign-off is committed, and the sign-off waits for saves in flight), then "all approved" is
-- checked and the marks computed on what is locked. A client's marks, name and time are ignored.
CREATE OR REPLACE FUNCTION {s}.translator_app_signoff_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    pending integer;
BEGIN
    IF NOT {s}.translator_app_is_reviewer() THEN
        PERFORM {s}.translator_app_refuse('only a reviewer signs a release off');
    END IF;
    PERFORM 1 FROM {s}.releases WHERE id = NEW.release_id FOR UPDATE;
    PERFORM 1 FROM {s}.segments WHERE release_id = NEW.release_id ORDER BY id FOR SHARE;
    SELECT count(*) FILTER (WHERE translatable AND NOT archived AND status <> 'approved'),
           coalesce(sum(version), 0)
      INTO pending, NEW.version_mark
      FROM {s}.segments WHERE release_id = NEW.release_id;
    IF pending > 0 THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation',
            MESSAGE = pg_catalog.format('release %s cannot be signed off: %s segment(s) not approved',
                                        NEW.release_id, pending);
    END IF;
    SELECT coalesce(max(e.id), 0) INTO NEW.event_mark
      FROM {s}.events e JOIN {s}.segments g ON g.id = e.segment_id WHERE g.release_id = NEW.release_id;
    NEW."user" := session_user;
    NEW.at := now();
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION {s}.translator_app_notify_release() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM {s}.translator_app_notify(OLD.id, NULL, 'release-deleted');
    ELSE
        PERFORM {s}.translator_app_notify(NEW.id, NULL, 'release');
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION {s}.translator_app_notify_signoff() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM {s}.translator_app_notify(NEW.release_id, NULL, 'signoff');
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION {s}.translator_app_release_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.created_by := session_user;
    NEW.created_at := now();
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION {s}.translator_app_release_deleted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO {s}.team_deleted_releases (release_id, title) VALUES (OLD.id, OLD.title);
    RETURN NULL;
END $$;

-- Presence: which segment each desktop has open. Written only through these functions, as session_user.
CREATE OR REPLACE FUNCTION {s}.translator_app_presence_beat(
    p_client text, p_release integer, p_segment integer)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    was_release integer;
    was_segment integer;
    known boolean;
BEGIN
    DELETE FROM {s}.team_presence WHERE seen_at < now() - interval '{stale} seconds';
    SELECT release_id, segment_id, true INTO was_release, was_segment, known FROM {s}.team_presence
     WHERE login = session_user AND client = p_client;
    INSERT INTO {s}.team_presence (login, client, release_id, segment_id, seen_at)
    VALUES (session_user, p_client, p_release, p_segment, now())
    ON CONFLICT (login, client) DO UPDATE
        SET release_id = excluded.release_id, segment_id = excluded.segment_id, seen_at = excluded.seen_at;
    IF known IS NULL OR was_release IS DISTINCT FROM p_release OR was_segment IS DISTINCT FROM p_segment THEN
        IF known AND was_release IS DISTINCT FROM p_release THEN
            PERFORM {s}.translator_app_notify(was_release, NULL, 'presence');
        END IF;
        PERFORM {s}.translator_app_notify(
            p_release, CASE WHEN p_segment IS NULL THEN NULL ELSE ARRAY[p_segment] END, 'presence');
    END IF;
END $$;

CREATE OR REPLACE FUNCTION {s}.translator_app_presence_leave(p_client text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    gone integer;
BEGIN
    DELETE FROM {s}.team_presence WHERE login = session_user AND client = p_client
     RETURNING release_id INTO gone;
    IF gone IS NOT NULL THEN
        PERFORM {s}.translator_app_notify(gone, NULL, 'presence');
    END IF;
END $$;

-- Users: admins manage logins through these (run as the owner, who has CREATEROLE). The password arrives
-- as a SCRAM verifier computed by the client (libpq), so it never travels or gets logged in clear.
CREATE OR REPLACE FUNCTION {s}.translator_app_managed(p_login text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM {s}.team_users WHERE login = p_login) THEN
        RAISE EXCEPTION USING ERRCODE = 'undefined_object',
            MESSAGE = pg_catalog.format('%s is not a Release Translator user of this database', p_login);
    END IF;
END $$;

CREATE OR REPLACE FUNCTION {s}.translator_app_grant_role(p_login text, p_role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_role NOT IN ('translator', 'reviewer', 'admin') THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = pg_catalog.format('no such role: %s (translator, reviewer or admin)', p_role);
    END IF;
    EXECUTE pg_catalog.format('REVOKE {translator}, {reviewer}, {admin} FROM %I', p_login);
    EXECUTE pg_catalog.format('GRANT %I TO %I', 'translator_app_' || p_role, p_login);
END $$;

CREATE OR REPLACE FUNCTION {s}.translator_app_add_login(p_login text, p_verifier text, p_role text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_login !~ '^[a-z][a-z0-9._-]{{0,62}}$'
       OR p_login LIKE 'translator\_app\_%' OR p_login LIKE 'pg\_%' THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_name',
            MESSAGE = pg_catalog.format('not a usable user name: %s', p_login);
    END IF;
    IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_password',
            MESSAGE = 'the password must arrive as a SCRAM-SHA-256 verifier, never in clear';
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION USING ERRCODE = 'duplicate_object',
            MESSAGE = pg_catalog.format('a login or role named %s already exists on this server', p_login);
    END IF;
    EXECUTE pg_catalog.format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
    PERFORM {s}.translator_app_grant_role(p_login, p_role);
    INSERT INTO {s}.team_users (login, role) VALUES (p_login, p_role);
END $$;

CREATE OR REPLACE FUNCTION {s}.translator_app_set_role(p_login text, p_role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM {s}.translator_app_managed(p_login);
    PERFORM {s}.translator_app_grant_role(p_login, p_role);
    EXECUTE pg_catalog.format('ALTER ROLE %I LOGIN', p_login);
    UPDATE {s}.team_users SET role = p_role, active = true, changed_at = now(), changed_by = session_user
     WHERE login = p_login;
END $$;

CREATE OR REPLACE FUNCTION {s}.translator_app_disable_login(p_login text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM {s}.translator_app_managed(p_login);
    EXECUTE pg_catalog.format('ALTER ROLE %I NOLOGIN', p_login);
    EXECUTE pg_catalog.format('REVOKE {translator}, {reviewer}, {admin} FROM %I', p_login);
    UPDATE {s}.team_users SET active = false, changed_at = now(), changed_by = session_user
     WHERE login = p_login;
END $$;
"""

TRIGGERS: list[tuple[str, str, str]] = [
    # (trigger name, table, rest of CREATE TRIGGER after "ON table")
    (
        "translator_app_guard",
        "segments",
        "BEFORE INSERT OR UPDATE ON {s}.segments FOR EACH ROW "
        "EXECUTE FUNCTION {s}.translator_app_segment_guard()",
    ),
    (
        "translator_app_history",
        "segments",
        "AFTER UPDATE ON {s}.segments FOR EACH ROW EXECUTE FUNCTION {s}.translator_app_segment_history()",
    ),
    (
        "translator_app_notify_update",
        "segments",
        "AFTER UPDATE ON {s}.segments REFERENCING NEW TABLE AS changed FOR EACH STATEMENT "
        "EXECUTE FUNCTION {s}.translator_app_notify_segments('segments')",
    ),
    (
        "translator_app_notify_insert",
        "segments",
        "AFTER INSERT ON {s}.segments REFERENCING NEW TABLE AS changed FOR EACH STATEMENT "
        "EXECUTE FUNCTION {s}.translator_app_notify_segments('segments-added')",
    ),
    (
        "translator_app_append_only",
        "events",
        "BEFORE UPDATE OR DELETE ON {s}.events FOR EACH ROW "
        "EXECUTE FUNCTION {s}.translator_app_history_guard()",
    ),
    (
        "translator_app_no_truncate",
        "events",
        "BEFORE TRUNCATE ON {s}.events FOR EACH STATEMENT "
        "EXECUTE FUNCTION {s}.translator_app_history_guard()",
    ),
    (
        "translator_app_guard",
        "comments",
        "BEFORE INSERT OR UPDATE ON {s}.comments FOR EACH ROW "
        "EXECUTE FUNCTION {s}.translator_app_comment_guard()",
    ),
    (
        "translator_app_notify",
        "comments",
        "AFTER INSERT OR UPDATE ON {s}.comments FOR EACH ROW "
        "EXECUTE FUNCTION {s}.translator_app_notify_comment()",
    ),
    (
        "translator_app_guard",
        "signoffs",
        "BEFORE INSERT ON {s}.signoffs FOR EACH ROW EXECUTE FUNCTION {s}.translator_app_signoff_guard()",
    ),
    (
        "translator_app_append_only",
        "signoffs",
        "BEFORE UPDATE OR DELETE ON {s}.signoffs FOR EACH ROW "
        "EXECUTE FUNCTION {s}.translator_app_history_guard()",
    ),
    (
        "translator_app_notify",
        "signoffs",
        "AFTER INSERT ON {s}.signoffs FOR EACH ROW EXECUTE FUNCTION {s}.translator_app_notify_signoff()",
    ),
    (
        "translator_app_guard",
        "releases",
        "BEFORE INSERT ON {s}.releases FOR EACH ROW EXECUTE FUNCTION {s}.translator_app_release_guard()",
    ),
    (
        "translator_app_notify",
        "releases",
        "AFTER INSERT OR UPDATE OR DELETE ON {s}.releases FOR EACH ROW "
        "EXECUTE FUNCTION {s}.translator_app_notify_release()",
    ),
    (
        "translator_app_deleted",
        "releases",
        "AFTER DELETE ON {s}.releases FOR EACH ROW EXECUTE FUNCTION {s}.translator_app_release_deleted()",
    ),
]

ADMIN_FUNCTIONS = [
    "translator_app_add_login(text, text, text)",
    "translator_app_set_role(text, text)",
    "translator_app_disable_login(text)",
]
PRIVATE_FUNCTIONS = ["translator_app_managed(text)", "translator_app_grant_role(text, text)"]
PRESENCE_FUNCTIONS = [
    "translator_app_presence_beat(text, integer, integer)",
    "translator_app_presence_leave(text)",
]


def quote(identifier: str) -> str:
    """A double-quoted SQL identifier."""
    return '"' + identifier.replace('"', '""') + '"'


def _fill(template: str, schema: str) -> str:
    return template.format(
        s=quote(schema),
        translator=TRANSLATOR,
        reviewer=REVIEWER,
        admin=ADMIN,
        channel=CHANNEL,
        stale=PRESENCE_SECONDS * 2,
    )


def create_groups(connection: Connection, owner: str, owner_is_superuser: bool) -> list[str]:
    """The three group roles (cluster-wide), nested so each holds the rights of the one below; the owner
    becomes an admin. Returns the groups that were new."""
    existing = set(
        connection.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"), {"names": list(GROUPS)}
        ).scalars()
    )
    created = [group for group in GROUPS if group not in existing]
    for group in created:
        connection.execute(text(f"CREATE ROLE {quote(group)} NOLOGIN"))
    connection.execute(text(f"GRANT {quote(TRANSLATOR)} TO {quote(REVIEWER)}"))
    connection.execute(text(f"GRANT {quote(REVIEWER)} TO {quote(ADMIN)}"))
    if not owner_is_superuser:
        connection.execute(text(f"GRANT {quote(ADMIN)} TO {quote(owner)}"))
    return created


def install(connection: Connection, schema: str, database: str) -> None:
    """Tables of the team, functions, triggers and privileges, in the caller's transaction."""
    _run(connection, _fill(TEAM_TABLES, schema))
    _run(connection, _fill(FUNCTIONS, schema))
    for name, table, rest in TRIGGERS:
        _run(connection, f"DROP TRIGGER IF EXISTS {quote(name)} ON {quote(schema)}.{quote(table)}")
        _run(connection, _fill(f"CREATE TRIGGER {quote(name)} {rest}", schema))
    _grant(connection, schema, database)
    connection.execute(
        text(
            f"INSERT INTO {quote(schema)}.team_setup (id, version) VALUES (1, :version) "
            "ON CONFLICT (id) DO UPDATE SET version = excluded.version, applied_at = now(), "
            "applied_by = session_user"
        ),
        {"version": TEAM_SETUP_VERSION},
    )


def _grant(connection: Connection, schema: str, database: str) -> None:
    s = quote(schema)
    groups = ", ".join(quote(g) for g in GROUPS)
    statements = [
        f"REVOKE CONNECT, TEMPORARY ON DATABASE {quote(database)} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {quote(database)} TO {quote(TRANSLATOR)}",
        f"REVOKE CREATE ON SCHEMA {s} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {s} TO {quote(TRANSLATOR)}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM PUBLIC, {groups}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {s} FROM PUBLIC, {groups}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {quote(TRANSLATOR)}",
        f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {s} FROM PUBLIC",
    ]
    for table, grants in TABLE_PRIVILEGES.items():
        for privileges, group in grants:
            statements.append(f"GRANT {privileges} ON {s}.{quote(table)} TO {quote(group)}")
    statements.append(
        f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {s} TO {quote(TRANSLATOR)}"
    )  # trigger and helper functions: the rules check themselves
    for function in PRIVATE_FUNCTIONS + ADMIN_FUNCTIONS:
        statements.append(f"REVOKE EXECUTE ON FUNCTION {s}.{function} FROM {quote(TRANSLATOR)}")
    for function in ADMIN_FUNCTIONS:
        statements.append(f"GRANT EXECUTE ON FUNCTION {s}.{function} TO {quote(ADMIN)}")
    for statement in statements:
        _run(connection, statement)


def _run(connection: Connection, statement: str) -> None:
    """Run SQL as written, in the connection's transaction (the driver is not asked to read ``%`` as a
    parameter: ``format('%I', …)`` belongs to the server)."""
    driver: Any = connection.connection.driver_connection
    driver.execute(statement.encode("utf-8"))
