#include "nextstepbanner.h"
#include "widgets/namedwidget.h"

#include "lifecycle/agreementworkflow.h"
#include "session/workspacesession.h"
#include "workflow/workflowtext.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Accordo {

NextStepBanner::NextStepBanner(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), mSession(session)
{
    setObjectName(u"nextStepBanner"_s);
    mMissing = newNamed<QLabel>(u"missing"_s, this);
    mMissing->setWordWrap(true);
    mMissing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mMissing->setStyleSheet(u"background: #fff4ce; padding: 6px"_s);
    mProgress = newNamed<QLabel>(u"approvalProgress"_s, this);
    mProgress->setWordWrap(true);
    mProgress->setStyleSheet(u"background: #e8f0fe; padding: 6px"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mMissing);
    layout->addWidget(mProgress);
    setAgreement(0);
}

QString NextStepBanner::missingText() const
{
    return mMissing->isHidden() ? QString() : mMissing->text();
}

QString NextStepBanner::progressText() const
{
    return mProgress->isHidden() ? QString() : mProgress->text();
}

void NextStepBanner::setAgreement(qint64 id, bool saved)
{
    mHasMissing = false;
    mMissing->hide();
    mProgress->hide();
    if (!id) {
        setVisible(false);
        return;
    }
    const AgreementWorkflow &workflow = mSession.workflow();
    QString missing;
    if (auto next = workflow.nextStep(id); !next)
        missing = next.errorString();
    else if (QString text = WorkflowText::missing(*next); !text.isEmpty()) {
        mHasMissing = true;
        missing = saved ? tr("Saved. %1").arg(text) : text;
    }
    QString progress;
    if (auto read = workflow.approvalProgress(id); !read)
        progress = read.errorString();
    else if (QString line = WorkflowText::approvalProgress(*read); !line.isEmpty()) {
        progress = tr("Approval: %1").arg(line);
        if (const QString by = WorkflowText::approvedBy(*read); !by.isEmpty())
            progress += u"\n"_s + by;
    }
    mMissing->setText(missing);
    mMissing->setVisible(!missing.isEmpty());
    mProgress->setText(progress);
    mProgress->setVisible(!progress.isEmpty());
    setVisible(!missing.isEmpty() || !progress.isEmpty());
}

} // namespace Accordo
