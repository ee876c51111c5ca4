#include "servicereportdialog.h"
#include "widgets/dialogparts.h"

#include "report/reportfiles.h"
#include "report/reportformat.h"
#include "report/servicereport.h"
#include "reportdata/servicereportdata.h"
#include "session/workspacesession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

ServiceReportDialog::ServiceReportDialog(WorkspaceSession &session, qint64 agreementId,
                                         const QString &number, QWidget *parent,
                                         const QString &period)
    : QDialog(parent), mSession(session), mNumber(number)
{
    setObjectName(u"serviceReportDialog"_s);
    setWindowTitle(tr("Service Report %1").arg(number));
    mPeriod = new QComboBox;
    mPeriod->setObjectName(u"reportPeriod"_s);
    mLanguage = new QComboBox;
    mLanguage->setObjectName(u"reportLanguage"_s);
    mLanguage->addItem(u"English"_s, u"en"_s);
    mLanguage->addItem(u"Italiano"_s, u"it"_s);
    mLanguage->setCurrentIndex(QLocale().language() == QLocale::Italian ? 1 : 0);
    mMessage = new QLabel;
    mMessage->setWordWrap(true);

    const ReportFormat f{QLocale()};
    const auto periods = ServiceReportData::periods(mSession.database().connection(), agreementId);
    for (const QString &p : periods ? *periods : QStringList())
        mPeriod->addItem(f.period(p), p);
    if (const int index = mPeriod->findData(period); index >= 0)
        mPeriod->setCurrentIndex(index);
    if (!periods)
        mMessage->setText(periods.errorString());
    else if (periods->isEmpty())
        mMessage->setText(
            tr("No KPIs are stored for %1 yet: there is no period to report.").arg(number));

    auto *form = newForm({{tr("&Period:"), mPeriod}, {tr("&Language:"), mLanguage}});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    mPreview = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    mExport = buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::ActionRole);
    mExport->setObjectName(u"exportServicePdf"_s);
    mPreview->setEnabled(mPeriod->count() > 0);
    mExport->setEnabled(mPeriod->count() > 0);
    connect(mPreview, &QPushButton::clicked, this, &ServiceReportDialog::preview);
    connect(mExport, &QPushButton::clicked, this, [this] {
        if (!exportPdf().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    stackVertically(this, {form, mMessage, buttons});
}

QString ServiceReportDialog::period() const
{
    return mPeriod->currentData().toString();
}

QString ServiceReportDialog::language() const
{
    return mLanguage->currentData().toString();
}

QString ServiceReportDialog::exportPdf()
{
    if (period().isEmpty())
        return {};
    const QString path = ReportFiles::askPdfPath(this, tr("Export Service Report"),
                                                 ReportFiles::serviceReportName(mNumber, period()));
    if (path.isEmpty())
        return {};
    ServiceReport::Options options;
    options.number = mNumber;
    options.period = period();
    options.language = language();
    if (auto r = ServiceReport::writePdf(mSession.database().connection(), options, path); !r) {
        QMessageBox::warning(this, tr("Export Service Report"),
                             tr("%1 was not written: %2").arg(path, r.errorString()));
        return {};
    }
    ReportFiles::announce(this, path);
    return path;
}

void ServiceReportDialog::preview()
{
    if (period().isEmpty())
        return;
    ServiceReport::Options options;
    options.number = mNumber;
    options.period = period();
    options.language = language();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Service Report %1").arg(mNumber));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, options](QPrinter *p) {
        if (auto r = ServiceReport::render(mSession.database().connection(), options, p); !r)
            QMessageBox::warning(this, tr("Service Report"), r.errorString());
    });
    dialog.exec();
}

} // namespace Accordo
