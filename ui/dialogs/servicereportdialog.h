#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace Accordo {

class WorkspaceSession;

/// The service report of one agreement: the period (the months with stored KPIs, latest
/// first) and the language, then a print preview or a PDF saved under a suggested name in
/// the folder used last. The PDF is the one `accordo-cli report service` writes.
class ServiceReportDialog : public QDialog
{
    Q_OBJECT

public:
    /// `period` preselects a month or quarter; empty: the latest.
    ServiceReportDialog(WorkspaceSession &session, qint64 agreementId, const QString &number,
                        QWidget *parent = nullptr, const QString &period = {});

    QComboBox *periodBox() const { return mPeriod; }
    QComboBox *languageBox() const { return mLanguage; }
    QPushButton *exportButton() const { return mExport; }
    QPushButton *previewButton() const { return mPreview; }

    /// Asks where to save the PDF and writes it; returns the path, empty when cancelled or
    /// refused (the refusal is shown).
    QString exportPdf();
    void preview();

private:
    QString period() const;
    QString language() const;

    WorkspaceSession &mSession;
    QString mNumber;
    QComboBox *mPeriod;
    QComboBox *mLanguage;
    QLabel *mMessage;
    QPushButton *mExport;
    QPushButton *mPreview;
};

} // namespace Accordo
