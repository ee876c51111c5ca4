#pragma once

#include <QDialog>
#include <QLocale>
#include <QUrl>

class QTextBrowser;

namespace Accordo {

/// The bundled user guide, in the interface language, beside the window it helps with.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    /// The guide for the language of `locale`: Italian or, for any other language, English.
    static QUrl source(const QLocale &locale = QLocale());
    QTextBrowser *browser() const { return mBrowser; }

private:
    QTextBrowser *mBrowser = nullptr;
};

} // namespace Accordo
