# Precompiled headers: the Qt and standard headers that nearly every unit of a library
# includes are parsed once per library instead of once per file, which takes a large part of
# a clean build on two cores. ccache caches these units too when CCACHE_SLOPPINESS includes
# pch_defines and time_macros (scripts/common.sh sets it).
#
# A header list changes no meaning: every file still includes what it uses.
option(ACCORDO_PCH "Precompile the Qt headers the libraries and tests share" ON)

set(ACCORDO_PCH_CORE
    <algorithm> <functional> <memory> <optional> <vector>
    <QCoreApplication> <QDate> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject>
    <QList> <QMap> <QObject> <QRegularExpression> <QSet> <QSqlDatabase> <QSqlError>
    <QSqlQuery> <QString> <QStringList> <QTimeZone> <QVariant>)
set(ACCORDO_PCH_UI ${ACCORDO_PCH_CORE}
    <QAbstractItemModel> <QAction> <QApplication> <QComboBox> <QDialog> <QDialogButtonBox>
    <QFormLayout> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QLocale> <QMessageBox>
    <QPushButton> <QSettings> <QTableView> <QVBoxLayout> <QWidget>)
set(ACCORDO_PCH_TESTS <QTemporaryDir> <QTest>)

# accordo_precompile(<target> CORE|UI): <target> precompiles the header list of that layer.
function(accordo_precompile target layer)
    if(ACCORDO_PCH)
        target_precompile_headers(${target} PRIVATE ${ACCORDO_PCH_${layer}})
    endif()
endfunction()
