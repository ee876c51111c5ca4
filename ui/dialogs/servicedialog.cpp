#include "servicedialog.h"
#include "widgets/dialogparts.h"
#include "widgets/namedwidget.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace Accordo {

ServiceDialog::ServiceDialog(Save save, QWidget *parent)
    : RecordDialog(parent), mSave(std::move(save))
{
    setWindowTitle(tr("New service"));
    mCode = newNamed<QLineEdit>(u"code"_s, this);
    mCode->setPlaceholderText(tr("e.g. PRINT"));
    mCode->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9_-]{0,32}"_s), mCode));
    connect(mCode, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int position = mCode->cursorPosition();
        mCode->setText(text.toUpper());
        mCode->setCursorPosition(position);
    });
    mName = newNamed<QLineEdit>(u"name"_s, this);
    mCategory = new QLineEdit(this);
    mOwnerTeam = new QLineEdit(this);
    mDescription = new QPlainTextEdit(this);
    mDescription->setTabChangesFocus(true);
    mDescription->setFixedHeight(90);
    mActive = new QCheckBox(tr("Offered to customers"), this);
    mActive->setChecked(true);
    auto *form = newForm({{tr("&Code:"), mCode},
                          {tr("&Name:"), mName},
                          {tr("C&ategory:"), mCategory},
                          {tr("&Owner team:"), mOwnerTeam},
                          {tr("&Description:"), mDescription},
                          {tr("Active:"), mActive}});

    connect(mCode, &QLineEdit::textChanged, this, &ServiceDialog::updateOk);
    connect(mName, &QLineEdit::textChanged, this, &ServiceDialog::updateOk);
    setContent(form);
    setMinimumWidth(460);
    updateOk();
}

void ServiceDialog::setService(const Service &service)
{
    setStored(service);
    mCode->setText(service.code);
    mName->setText(service.name);
    mCategory->setText(service.category);
    mOwnerTeam->setText(service.ownerTeam);
    mDescription->setPlainText(service.description);
    mActive->setChecked(service.active);
    if (service.id)
        setWindowTitle(tr("Edit service %1").arg(service.code));
}

Service ServiceDialog::service() const
{
    Service s = storedRecord<Service>();
    s.code = mCode->text().trimmed();
    s.name = mName->text().trimmed();
    s.category = mCategory->text().trimmed();
    s.ownerTeam = mOwnerTeam->text().trimmed();
    s.description = mDescription->toPlainText().trimmed();
    s.active = mActive->isChecked();
    return s;
}

void ServiceDialog::updateOk()
{
    const auto valid = Validation::check(service());
    okButton()->setEnabled(valid.ok());
    okButton()->setToolTip(valid.errorString());
}

void ServiceDialog::accept()
{
    checkAndSave(service(), mSave);
}

} // namespace Accordo
