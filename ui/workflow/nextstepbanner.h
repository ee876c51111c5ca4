#pragma once

#include <QWidget>

class QLabel;

namespace Accordo {

class WorkspaceSession;

/// The agreement view's banner on where a version stands in the workflow: what it still lacks
/// for its next step, and while in approval who has approved and who is still awaited.
class NextStepBanner : public QWidget
{
    Q_OBJECT

public:
    explicit NextStepBanner(WorkspaceSession &session, QWidget *parent = nullptr);

    /// Reads the version again; `saved` says it was just saved, so the banner says so.
    void setAgreement(qint64 id, bool saved = false);
    /// Whether the version still lacks something for its next step.
    bool hasMissing() const { return mHasMissing; }
    QString missingText() const;
    QString progressText() const;

private:
    WorkspaceSession &mSession;
    QLabel *mMissing;
    QLabel *mProgress;
    bool mHasMissing = false;
};

} // namespace Accordo
