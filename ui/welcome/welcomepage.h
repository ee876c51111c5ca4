#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace Accordo {

/// The start page of a window without a workspace: open one, create an empty one, connect to
/// a server or explore the demo, or pick up one of the recent workspaces.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /// Reads the recent workspaces again.
    void refresh();
    QListWidget *recentList() const { return mRecent; }

signals:
    void openRequested();
    void createRequested();
    void connectRequested();
    void demoRequested();
    void recentRequested(const QString &location);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QCommandLinkButton *addChoice(const QString &text, const QString &description,
                                  const QString &name);
    void activate(QListWidgetItem *item);

    QWidget *mChoices = nullptr;
    QListWidget *mRecent = nullptr;
    QLabel *mNoRecent = nullptr;
};

} // namespace Accordo
