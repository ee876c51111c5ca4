#pragma once

namespace Accordo {

// Version 11: the agreement document. The clause library holds titled clauses with a body in
// English and Italian (rich text with {{placeholders}}); a template per agreement kind orders
// clause keys into titled sections (a JSON array, read by ClauseStore). Each agreement version
// keeps its own copy of the clauses it was drafted from (agreement_documents.sections, JSON),
// so that a later edit of the library changes no version's text. A version signed with a
// document keeps the exact PDF signed (base64, portable between SQLite and PostgreSQL) and its
// SHA-256 beside the signing record. The provider's name, which every document names, is a
// workspace setting in accordo_meta.
inline const char *const SchemaDocuments[] = {
    R"(CREATE TABLE clauses (
        id %ID%,
        key TEXT NOT NULL UNIQUE CHECK (length(trim(key)) > 0),
        title_en TEXT NOT NULL CHECK (length(trim(title_en)) > 0),
        title_it TEXT NOT NULL CHECK (length(trim(title_it)) > 0),
        body_en TEXT NOT NULL DEFAULT '',
        body_it TEXT NOT NULL DEFAULT ''
    ))",
    R"(CREATE TABLE document_templates (
        id %ID%,
        kind TEXT NOT NULL UNIQUE CHECK (kind IN ('customer_sla', 'internal_sla', 'ola', 'uc')),
        name_en TEXT NOT NULL CHECK (length(trim(name_en)) > 0),
        name_it TEXT NOT NULL CHECK (length(trim(name_it)) > 0),
        sections TEXT NOT NULL DEFAULT '[]'
    ))",
    R"(CREATE TABLE agreement_documents (
        id %ID%,
        agreement_id INTEGER NOT NULL UNIQUE REFERENCES agreements(id) ON DELETE CASCADE,
        sections TEXT NOT NULL DEFAULT '[]'
    ))",
    R"(CREATE TABLE signed_documents (
        agreement_id INTEGER PRIMARY KEY REFERENCES signings(agreement_id) ON DELETE RESTRICT,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        pdf_base64 TEXT NOT NULL
    ))",
    "INSERT INTO accordo_meta (key, value) VALUES ('provider_name', '')",
};

} // namespace Accordo
