#pragma once

#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Accordo {

/// One clause of an agreement's document as it is read: its text with every placeholder
/// already filled in. The text is rich text in the subset of HTML that QTextDocument reads
/// (paragraphs, lists, bold and italic, tables).
struct DocumentClause
{
    QString key;   // stable within a document, e.g. "service-levels.targets"
    QString title; // "Service level targets"
    QString html;
    friend bool operator==(const DocumentClause &, const DocumentClause &) = default;
};

/// A numbered section of the document: parties, scope and services, service hours, service
/// levels and targets, measurement and reporting, responsibilities, exclusions, escalation,
/// service credits, reviews and changes, term and termination, signatures.
struct DocumentSection
{
    QString key;   // "parties", "scope", "service-hours", "service-levels", ...
    QString title; // "Service hours"
    /// In a multi-level agreement: this section replaces the parents' section of the same key.
    bool overridesParent = false;
    QList<DocumentClause> clauses;
    friend bool operator==(const DocumentSection &, const DocumentSection &) = default;
};

/// A party named on the cover and on the signature page.
struct DocumentParty
{
    QString role; // "Provider", "Customer", "Department", "Supplier" (in the document's language)
    QString name;
    friend bool operator==(const DocumentParty &, const DocumentParty &) = default;
};

/// A line on the signature page: who signs for which party, and when they did (empty until
/// signed).
struct DocumentSignatory
{
    QString party; // the party's name
    QString name;
    QString role; // the signatory's role or title
    QString signedOn;
    friend bool operator==(const DocumentSignatory &, const DocumentSignatory &) = default;
};

/// An agreement version's document, filled in and ready to render: what the cover, the table
/// of contents, the numbered sections and the signature page show. Built in core from the
/// workspace (the version's clauses with their placeholders filled); drawn by the renderer.
struct AgreementDocument
{
    QString language; // "en" or "it": the language every text here is written in
    QString number;   // "SLA-2024-0017"
    int version = 1;
    QString title;
    QString kind;   // the kind in words: "Customer SLA", "Operational level agreement", ...
    QString status; // the status in words: "Draft", "In negotiation", "Active", ...
    /// Not yet signed: every page carries the "DRAFT — not for signature" watermark.
    bool draft = true;
    QDate date; // the date on the cover
    QList<DocumentParty> parties;
    /// Multi-level agreements: the parents whose terms apply by reference, the nearest first,
    /// each as "SLA-2024-0006 — Acme customer terms (customer level)". Empty otherwise.
    QStringList inheritsFrom;
    QList<DocumentSection> sections;
    QList<DocumentSignatory> signatories;
    friend bool operator==(const AgreementDocument &, const AgreementDocument &) = default;
};

/// How a program that can draw documents renders the PDF that is signed. Core builds the
/// document but does not draw it (drawing needs QtGui's fonts and a QGuiApplication); the
/// programs that link the renderer (the GUI, accordo-cli, tests of signing) register it at
/// start-up, and signing a version that has a document calls it to store the exact PDF signed.
class DocumentRendering
{
public:
    using PdfRenderer = std::function<Result<QByteArray>(const AgreementDocument &)>;
    static void setPdfRenderer(PdfRenderer renderer);
    /// The registered renderer, or an empty function when the program has none.
    static const PdfRenderer &pdfRenderer();
};

} // namespace Accordo
