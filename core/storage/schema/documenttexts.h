#pragma once

// Version 18: an agreement version's document names its sections by their SHA-256 instead of
// holding them. The text is kept once in document_texts however many versions share it (every
// version drafted from one template holds the same text until someone edits it), so that a
// portfolio of many agreements does not store, and audit, the same clauses thousands of times.
// A text row is written once and never changed; its key is the SHA-256 of its content, which
// `audit verify` recomputes. Between the two lists, the step's C++ part (in migrations.cpp)
// moves each stored text into document_texts and fills sections_sha256.
inline const char *const SchemaDocumentTexts[] = {
    R"(CREATE TABLE document_texts (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        content TEXT NOT NULL
    ))",
    R"(ALTER TABLE agreement_documents ADD COLUMN sections_sha256 TEXT
        REFERENCES document_texts(sha256) CHECK (length(sections_sha256) = 64))",
};

inline const char *const SchemaDocumentTextsAfter[] = {
    "ALTER TABLE agreement_documents DROP COLUMN sections",
};
