#include "language.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMutex>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QTranslator>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Accordo {

namespace {

struct Source
{
    QByteArray context;
    QByteArray text;
    QByteArray disambiguation;
};

// Every text translated so far, by the form in which it was shown: a widget holds only the
// shown text, and this is how it finds its source again when the language changes.
struct Sources
{
    QMutex mutex; // the results refresher translates on its own thread
    QHash<QString, Source> byShown;
};

Sources &sources()
{
    static Sources instance;
    return instance;
}

// Accordo's catalogue, remembering the source of each text it is asked for.
class RecordingTranslator : public QTranslator
{
public:
    explicit RecordingTranslator(QObject *parent) : QTranslator(parent) {}

    bool loadCatalogue(const QLocale &locale)
    {
        return mCatalogue.load(locale, u"accordo"_s, u"_"_s, u":/i18n"_s);
    }

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override
    {
        const QString text = mCatalogue.isEmpty()
                                 ? QString()
                                 : mCatalogue.translate(context, sourceText, disambiguation, n);
        // Plurals are shown with their number filled in and cannot be looked up again.
        if (n < 0 && sourceText) {
            const QString shown = text.isEmpty() ? QString::fromUtf8(sourceText) : text;
            Sources &all = sources();
            const QMutexLocker lock(&all.mutex);
            if (!all.byShown.contains(shown))
                all.byShown.insert(shown, {context, sourceText, disambiguation});
        }
        return text;
    }

    bool isEmpty() const override { return false; }

private:
    QTranslator mCatalogue;
};

QTranslator *installedAccordo = nullptr;
QTranslator *installedQt = nullptr;

} // namespace

QList<Language::Choice> Language::choices()
{
    return {{QString(), tr("System language")}, {u"en"_s, u"English"_s}, {u"it"_s, u"Italiano"_s}};
}

QString Language::saved()
{
    return QSettings().value(u"ui/language"_s).toString();
}

void Language::save(const QString &code)
{
    QSettings().setValue(u"ui/language"_s, code);
}

void Language::install(const QString &code)
{
    for (QTranslator **installed : {&installedAccordo, &installedQt}) {
        if (*installed) {
            QCoreApplication::removeTranslator(*installed);
            delete *installed;
            *installed = nullptr;
        }
    }
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(qApp);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installedQt = qt;
    } else {
        delete qt;
    }
    // Installed even without a catalogue (English): it still records the sources.
    auto *accordo = new RecordingTranslator(qApp);
    accordo->loadCatalogue(locale);
    QCoreApplication::installTranslator(accordo);
    installedAccordo = accordo;
}

QString Language::retranslated(const QString &shown)
{
    if (shown.isEmpty())
        return shown;
    Source source;
    {
        Sources &all = sources();
        const QMutexLocker lock(&all.mutex);
        const auto it = all.byShown.constFind(shown);
        if (it == all.byShown.cend())
            return shown;
        source = *it;
    }
    return QCoreApplication::translate(
        source.context.constData(), source.text.constData(),
        source.disambiguation.isEmpty() ? nullptr : source.disambiguation.constData());
}

void Language::retranslateTree(QWidget *root)
{
    const auto again = [](const QString &text) { return retranslated(text); };
    // Only what changes is set: an action's tool tip left to follow its text stays so.
    const auto update = [](auto *object, const QString &current, auto setter) {
        if (const QString text = retranslated(current); text != current)
            (object->*setter)(text);
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        update(widget, widget->toolTip(), &QWidget::setToolTip);
        if (widget->isWindow() || qobject_cast<QToolBar *>(widget))
            widget->setWindowTitle(again(widget->windowTitle()));
        if (auto *label = qobject_cast<QLabel *>(widget))
            label->setText(again(label->text()));
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            button->setText(again(button->text()));
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            group->setTitle(again(group->title()));
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            edit->setPlaceholderText(again(edit->placeholderText()));
        else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                combo->setItemText(i, again(combo->itemText(i)));
            combo->setPlaceholderText(again(combo->placeholderText()));
        } else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                tabs->setTabText(i, again(tabs->tabText(i)));
        } else if (auto *table = qobject_cast<QTableWidget *>(widget)) {
            for (int column = 0; column < table->columnCount(); ++column) {
                if (QTableWidgetItem *header = table->horizontalHeaderItem(column))
                    header->setText(again(header->text()));
            }
        }
    }
    // Menus are widgets of their own, and their titles are their actions' texts.
    for (QAction *action : root->findChildren<QAction *>()) {
        update(action, action->toolTip(), &QAction::setToolTip);
        update(action, action->statusTip(), &QAction::setStatusTip);
        update(action, action->text(), &QAction::setText);
    }
}

} // namespace Accordo
