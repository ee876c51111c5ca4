#pragma once

#include "document/documentmodel.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Accordo {

/// Two versions of an agreement's document compared clause by clause (matched by key) and
/// word by word: the later version with every changed clause's text marked up as a redline,
/// the removed clauses and sections put back where they stood, and the list of changes.
class DocumentRedline
{
public:
    enum class Mark { Unchanged, Changed, Added, Removed };
    struct Change
    {
        Mark mark = Mark::Changed;
        QString number; // "3.2": in the later version, or in the earlier one when removed
        QString title;
    };

    static DocumentRedline compare(const AgreementDocument &from, const AgreementDocument &to);
    /// The redline of one clause's rich text: its paragraphs and list items as one stream of
    /// words, its tables cell by cell with rows matched by their first cells. Empty `from`
    /// marks all of `to` as added, empty `to` all of `from` as removed.
    static QString clauseHtml(const QString &from, const QString &to, bool *changed = nullptr);

    /// The later version, each clause's text replaced by its redline, with the removed clauses
    /// and sections in it again (their text all struck through).
    const AgreementDocument &document() const { return mDocument; }
    int fromVersion() const { return mFromVersion; }
    Mark clauseMark(const QString &key) const { return mClauseMarks.value(key, Mark::Unchanged); }
    Mark sectionMark(const QString &key) const { return mSectionMarks.value(key, Mark::Unchanged); }
    /// The title as rich text, its changed words marked; empty when it did not change.
    QString clauseTitleHtml(const QString &key) const { return mClauseTitles.value(key); }
    QString sectionTitleHtml(const QString &key) const { return mSectionTitles.value(key); }
    /// The clauses changed, added and removed, in the order of the document.
    const QList<Change> &changes() const { return mChanges; }

private:
    void mergeSection(const DocumentSection *from, const DocumentSection *to,
                      const QHash<QString, const DocumentClause *> &fromClauses,
                      const QHash<QString, QString> &fromNumbers,
                      const QHash<QString, QString> &toNumbers);

    AgreementDocument mDocument;
    int mFromVersion = 0;
    QHash<QString, Mark> mClauseMarks;
    QHash<QString, Mark> mSectionMarks;
    QHash<QString, QString> mClauseTitles;
    QHash<QString, QString> mSectionTitles;
    QList<Change> mChanges;
};

} // namespace Accordo
