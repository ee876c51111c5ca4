#pragma once

// A step of the workspace schema, written for SQLite with the placeholders that Dialect
// rewrites for PostgreSQL (see migrations.cpp).

namespace Accordo {

// Version 8, PostgreSQL only: the server enforces access too, so that Accordo's own checks are
// not the only line of defence. The logins of the people who work in a workspace are members of
// the group role accordo_users (created here when missing, which needs CREATEROLE; a server
// administrator may create it beforehand instead). The group reads and writes the tables and
// uses their sequences, but may only add to and read the audit trail, never change or delete
// it. Tables that later versions add get the same privileges by default.
inline const char *const SchemaV8[] = {
    R"(POSTGRESQL ONLY: DO $$
    BEGIN
        -- Granting needs the tables' owner; anyone else's grants would silently do nothing.
        IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema()
                       AND tablename = 'audit_log'
                       AND pg_has_role(current_user, tableowner, 'USAGE')) THEN
            RAISE EXCEPTION 'the login % does not own the workspace''s tables: upgrade it as '
                            'their owner', current_user;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'accordo_users') THEN
            BEGIN
                CREATE ROLE accordo_users NOLOGIN;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- another workspace created it at the same moment
            END;
        END IF;
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I '
                       'TO accordo_users', current_schema());
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO accordo_users',
                       current_schema());
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM accordo_users;
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, '
                       'DELETE ON TABLES TO accordo_users', current_schema());
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES '
                       'TO accordo_users', current_schema());
    END
    $$)",
};

} // namespace Accordo
