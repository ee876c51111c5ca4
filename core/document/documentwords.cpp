#include "documentwords.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Accordo::DocumentWords {

namespace {

struct Pair
{
    const char16_t *en;
    const char16_t *it;
};

const QHash<QString, Pair> &words()
{
    static const QHash<QString, Pair> table = {
        {u"kind.customer_sla"_s,
         {u"Customer service level agreement", u"Accordo sul livello di servizio con il cliente"}},
        {u"kind.internal_sla"_s,
         {u"Internal service level agreement", u"Accordo interno sul livello di servizio"}},
        {u"kind.ola"_s, {u"Operational level agreement", u"Accordo sul livello operativo"}},
        {u"kind.uc"_s, {u"Underpinning contract", u"Contratto di supporto"}},
        {u"level.corporate"_s, {u"corporate level", u"livello aziendale"}},
        {u"level.customer"_s, {u"customer level", u"livello cliente"}},
        {u"level.service"_s, {u"service level", u"livello servizio"}},
        {u"status.draft"_s, {u"Draft", u"Bozza"}},
        {u"status.negotiation"_s, {u"In negotiation", u"In negoziazione"}},
        {u"status.approval"_s, {u"Awaiting approval", u"In approvazione"}},
        {u"status.active"_s, {u"In force", u"In vigore"}},
        {u"status.expired"_s, {u"Expired", u"Scaduto"}},
        {u"status.terminated"_s, {u"Terminated", u"Cessato"}},
        {u"party.provider"_s, {u"Provider", u"Fornitore del servizio"}},
        {u"party.customer"_s, {u"Customer", u"Cliente"}},
        {u"party.department"_s, {u"Department", u"Reparto"}},
        {u"party.supplier"_s, {u"Supplier", u"Fornitore"}},
        {u"metric.first_response"_s, {u"First response time", u"Tempo di prima risposta"}},
        {u"metric.resolution"_s, {u"Resolution time", u"Tempo di risoluzione"}},
        {u"metric.availability"_s, {u"Availability", u"Disponibilità"}},
        {u"metric.satisfaction"_s, {u"Customer satisfaction", u"Soddisfazione del cliente"}},
        {u"period.month"_s, {u"Monthly", u"Mensile"}},
        {u"period.quarter"_s, {u"Quarterly", u"Trimestrale"}},
        {u"any_priority"_s, {u"Any", u"Qualsiasi"}},
        {u"every_region"_s, {u"All regions", u"Tutte le regioni"}},
        {u"until_terminated"_s,
         {u"until terminated by either party", u"fino a disdetta di una delle parti"}},
        {u"per_month"_s, {u"%1 per month", u"%1 al mese"}},
        {u"days"_s, {u"%1 days", u"%1 giorni"}},
        {u"one_day"_s, {u"1 day", u"1 giorno"}},
        {u"months"_s, {u"every %1 months", u"ogni %1 mesi"}},
        {u"one_month"_s, {u"every month", u"ogni mese"}},
        {u"none"_s, {u"None.", u"Nessuno."}},
        {u"representatives"_s,
         {u"An authorised representative of each Party, named at signature.",
          u"Un rappresentante autorizzato di ciascuna Parte, indicato alla firma."}},
        {u"col.service"_s, {u"Service", u"Servizio"}},
        {u"col.metric"_s, {u"Metric", u"Metrica"}},
        {u"col.priority"_s, {u"Priority", u"Priorità"}},
        {u"col.region"_s, {u"Region", u"Regione"}},
        {u"col.threshold"_s, {u"Threshold", u"Limite"}},
        {u"col.goal"_s, {u"Goal", u"Soglia"}},
        {u"col.period"_s, {u"Period", u"Periodo"}},
        {u"col.target"_s, {u"Target", u"Obiettivo di servizio"}},
        {u"col.below"_s, {u"Compliance below", u"Conformità inferiore a"}},
        {u"col.credit"_s,
         {u"Credit (share of the monthly fee)", u"Credito (quota del canone mensile)"}},
        {u"col.cap"_s, {u"Cap", u"Massimale"}},
        {u"no_credits"_s, {u"No service credits apply.", u"Non si applicano crediti di servizio."}},
        {u"no_targets"_s,
         {u"No service level targets are set.",
          u"Non sono fissati obiettivi di livello di servizio."}},
        {u"calendar"_s, {u"Calendar %1 (time zone %2):", u"Calendario %1 (fuso orario %2):"}},
        {u"calendar.closed"_s, {u"closed", u"chiuso"}},
        {u"calendar.hours"_s, {u"Working hours: %1.", u"Orario di lavoro: %1."}},
        {u"calendar.holidays"_s, {u"Holidays in %1: %2.", u"Festività nel %1: %2."}},
        {u"calendar.no_holidays"_s, {u"No holidays.", u"Nessuna festività."}},
        {u"calendar.around_clock"_s,
         {u"around the clock, every day (no calendar)",
          u"24 ore su 24, tutti i giorni (nessun calendario)"}},
        {u"charter.needs"_s, {u"Business needs", u"Esigenze di business"}},
        {u"charter.requirements"_s, {u"Requirements", u"Requisiti"}},
        {u"charter.options"_s, {u"Delivery options", u"Opzioni di erogazione"}},
        {u"parent.none"_s, {u"none", u"nessuno"}},
        {u"signed_on"_s, {u"signed on %1", u"firmato il %1"}},
        {u"to_be_signed"_s, {u"to be signed", u"da firmare"}},
        {u"inherit.title"_s, {u"Agreements above this one", u"Accordi di livello superiore"}},
        {u"inherit.apply"_s,
         {u"The terms of %1 apply to this agreement except where this agreement says otherwise.",
          u"Le condizioni di %1 si applicano al presente accordo salvo quanto diversamente previsto dal presente accordo."}},
        {u"inherit.overrides"_s,
         {u"The following sections of this agreement replace the corresponding sections of those agreements: %1.",
          u"Le seguenti sezioni del presente accordo sostituiscono le sezioni corrispondenti di tali accordi: %1."}},
        {u"inherit.no_overrides"_s,
         {u"No section of this agreement replaces theirs.",
          u"Nessuna sezione del presente accordo sostituisce le loro."}},
        {u"and"_s, {u" and ", u" e "}},
    };
    return table;
}

} // namespace

QString word(const QString &key, const QString &language)
{
    const auto found = words().constFind(key);
    if (found == words().cend())
        return key;
    return QString::fromUtf16(language == u"it" ? found->it : found->en);
}

QLocale locale(const QString &language)
{
    return language == u"it" ? QLocale(QLocale::Italian, QLocale::Italy)
                             : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString date(const QDate &date, const QString &language)
{
    return locale(language).toString(date, u"d MMMM yyyy"_s);
}

QString milli(qint64 milli, const QString &language)
{
    QString text = locale(language).toString(double(milli) / 1000.0, 'f', 3);
    const QChar point = locale(language).decimalPoint().at(0);
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

} // namespace Accordo::DocumentWords
