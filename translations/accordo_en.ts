<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Accordo::ActionsDialog</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::AlertsPanel</name>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation>
            <numerusform>%n new alert</numerusform>
            <numerusform>%n new alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::ApprovalQueue</name>
    <message numerus="yes">
        <source>%n approval(s) waiting for you</source>
        <translation>
            <numerusform>%n approval waiting for you</numerusform>
            <numerusform>%n approvals waiting for you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::BacktestDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 % of %Ln judged ticket(s) met</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 % of %Ln judged ticket met</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %2 % of %Ln judged tickets met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; below the goal of %1 % in %2 of %n month(s)</source>
        <translation>
            <numerusform>; below the goal of %1 % in %2 of %n month</numerusform>
            <numerusform>; below the goal of %1 % in %2 of %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) of other metrics (availability, satisfaction, custom) cannot be backtested on tickets and are left out.</source>
        <translation>
            <numerusform>%n target of another metric (availability, satisfaction, custom) cannot be backtested on tickets and is left out.</numerusform>
            <numerusform>%n targets of other metrics (availability, satisfaction, custom) cannot be backtested on tickets and are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::CalendarChoiceDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;, time zone %2.&lt;br&gt;Monday to Friday %3.&lt;br&gt;%n public holiday(s): %4.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, time zone %2.&lt;br&gt;Monday to Friday %3.&lt;br&gt;%n public holiday: %4.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;, time zone %2.&lt;br&gt;Monday to Friday %3.&lt;br&gt;%n public holidays: %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::CalendarDialog</name>
    <message numerus="yes">
        <source>%1: %n holiday(s) added</source>
        <translation>
            <numerusform>%1: %n holiday added</numerusform>
            <numerusform>%1: %n holidays added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timed or cancelled event(s) skipped</source>
        <translation>
            <numerusform>%n timed or cancelled event skipped</numerusform>
            <numerusform>%n timed or cancelled events skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::ChartBuilder</name>
    <message numerus="yes">
        <source>%1: compliance %2, %n breach(es)</source>
        <translation>
            <numerusform>%1: compliance %2, %n breach</numerusform>
            <numerusform>%1: compliance %2, %n breaches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n breached result(s), compliance %2</source>
        <translation>
            <numerusform>%1: %n breached result, compliance %2</numerusform>
            <numerusform>%1: %n breached results, compliance %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::Cli::Commands</name>
    <message numerus="yes">
        <source>%1: %n required approver(s) set.</source>
        <translation>
            <numerusform>%1: %n required approver set.</numerusform>
            <numerusform>%1: %n required approvers set.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::Cli::DocumentCommands</name>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::Cli::KpiCommands</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::Cli::MeasurementCommands</name>
    <message numerus="yes">
        <source>%n bad row(s) rejected.</source>
        <translation>
            <numerusform>%n bad row rejected.</numerusform>
            <numerusform>%n bad rows rejected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluated %n ticket(s) as of %1: %2 governed by a target,</source>
        <translation>
            <numerusform>Evaluated %n ticket as of %1: %2 governed by a target,</numerusform>
            <numerusform>Evaluated %n tickets as of %1: %2 governed by a target,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s): %1 met, %2 breached, %3 pending.</source>
        <translation>
            <numerusform>%n result: %1 met, %2 breached, %3 pending.</numerusform>
            <numerusform>%n results: %1 met, %2 breached, %3 pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) were skipped; the first: %1:%2: %3: %4</source>
        <translation>
            <numerusform>%n bad row was skipped: %1:%2: %3: %4</numerusform>
            <numerusform>%n bad rows were skipped; the first: %1:%2: %3: %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>made_sla agreement for &quot;%1&quot;: %2 % of %n judged ticket(s) (met but made_sla false: %3; breached but made_sla true: %4)</source>
        <translation>
            <numerusform>made_sla agreement for &quot;%1&quot;: %2 % of %n judged ticket (met but made_sla false: %3; breached but made_sla true: %4)</numerusform>
            <numerusform>made_sla agreement for &quot;%1&quot;: %2 % of %n judged tickets (met but made_sla false: %3; breached but made_sla true: %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) from %1 in %2 s as batch %3: %4 new, %5 updated, %6 unchanged;</source>
        <translation>
            <numerusform>Imported %n record from %1 in %2 s as batch %3: %4 new, %5 updated, %6 unchanged;</numerusform>
            <numerusform>Imported %n records from %1 in %2 s as batch %3: %4 new, %5 updated, %6 unchanged;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::Cli::OfferingCommands</name>
    <message numerus="yes">
        <source>%1 version %2: %3 at %4, %n target(s) from it; the fee is now %5</source>
        <translation>
            <numerusform>%1 version %2: %3 at %4, %n target from it; the fee is now %5</numerusform>
            <numerusform>%1 version %2: %3 at %4, %n targets from it; the fee is now %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::Cli::ReportCommands</name>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n page</numerusform>
            <numerusform>%1: %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::DashboardView</name>
    <message numerus="yes">
        <source>Breaches
%Ln ticket(s)</source>
        <translation>
            <numerusform>Breaches
%Ln ticket</numerusform>
            <numerusform>Breaches
%Ln tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::DueListsDialog</name>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>within %n day</numerusform>
            <numerusform>within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::HistoryPanel</name>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::ImportHistoryDialog</name>
    <message numerus="yes">
        <source>%Ln new row(s) will be removed.</source>
        <translation>
            <numerusform>%Ln new row will be removed.</numerusform>
            <numerusform>%Ln new rows will be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed row(s) will be restored as they were.</source>
        <translation>
            <numerusform>%Ln changed row will be restored as it was.</numerusform>
            <numerusform>%Ln changed rows will be restored as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added row(s) removed,</source>
        <translation>
            <numerusform>%Ln added row removed,</numerusform>
            <numerusform>%Ln added rows removed,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed row(s) restored.</source>
        <translation>
            <numerusform>%Ln changed row restored.</numerusform>
            <numerusform>%Ln changed rows restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::ImportWizard</name>
    <message numerus="yes">
        <source>Preview of the first %n row(s):</source>
        <translation>
            <numerusform>Preview of the first %n row:</numerusform>
            <numerusform>Preview of the first %n rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) skipped.</source>
        <translation>
            <numerusform>%n bad row skipped.</numerusform>
            <numerusform>%n bad rows skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) as batch %1: %2 new, %3 updated, %4 unchanged.</source>
        <translation>
            <numerusform>Imported %n record as batch %1: %2 new, %3 updated, %4 unchanged.</numerusform>
            <numerusform>Imported %n records as batch %1: %2 new, %3 updated, %4 unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) would be skipped.</source>
        <translation>
            <numerusform>%n bad row would be skipped.</numerusform>
            <numerusform>%n bad rows would be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) name a customer and service that no target of the workspace names: nothing would measure them.</source>
        <translation>
            <numerusform>%n ticket names a customer and service that no target of the workspace names: nothing would measure it.</numerusform>
            <numerusform>%n tickets name a customer and service that no target of the workspace names: nothing would measure them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::MainWindow</name>
    <message numerus="yes">
        <source>Opened %1: %n agreement(s)</source>
        <translation>
            <numerusform>Opened %1: %n agreement</numerusform>
            <numerusform>Opened %1: %n agreements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::MeasurementImporter</name>
    <message numerus="yes">
        <source>… and %n more bad row(s)</source>
        <translation>
            <numerusform>… and %n more bad row</numerusform>
            <numerusform>… and %n more bad rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported, %n row(s) are bad:</source>
        <translation>
            <numerusform>%1: nothing was imported, %n row is bad:</numerusform>
            <numerusform>%1: nothing was imported, %n rows are bad:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::MetricStore</name>
    <message numerus="yes">
        <source>Metric definition &quot;%1&quot;: %n target(s) refer to it by name, so it cannot be renamed to &quot;%2&quot;</source>
        <translation>
            <numerusform>Metric definition &quot;%1&quot;: %n target refers to it by name, so it cannot be renamed to &quot;%2&quot;</numerusform>
            <numerusform>Metric definition &quot;%1&quot;: %n targets refer to it by name, so it cannot be renamed to &quot;%2&quot;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Metric definition &quot;%1&quot;: %n target(s) refer to it, so it cannot be removed</source>
        <translation>
            <numerusform>Metric definition &quot;%1&quot;: %n target refers to it, so it cannot be removed</numerusform>
            <numerusform>Metric definition &quot;%1&quot;: %n targets refer to it, so it cannot be removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::PartyImportDialog</name>
    <message numerus="yes">
        <source>%n conflict(s): the file&apos;s value is taken.</source>
        <translation>
            <numerusform>%n conflict: the file&apos;s value is taken.</numerusform>
            <numerusform>%n conflicts: the file&apos;s value is taken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): Accordo&apos;s value is kept.</source>
        <translation>
            <numerusform>%n conflict: Accordo&apos;s value is kept.</numerusform>
            <numerusform>%n conflicts: Accordo&apos;s value is kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::PortfolioChecksDialog</name>
    <message numerus="yes">
        <source>%n problem(s) found on %1.</source>
        <translation>
            <numerusform>%n problem found on %1.</numerusform>
            <numerusform>%n problems found on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::PortfolioReport</name>
    <message numerus="yes">
        <source>%n agreement(s) measured, from %1 to %2.</source>
        <translation>
            <numerusform>%n agreement measured, from %1 to %2.</numerusform>
            <numerusform>%n agreements measured, from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) breached</source>
        <translation>
            <numerusform>%n ticket breached</numerusform>
            <numerusform>%n tickets breached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n agreement(s) most at risk</source>
        <translation>
            <numerusform>The %n agreement most at risk</numerusform>
            <numerusform>The %n agreements most at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n measured agreement(s) are listed.</source>
        <translation>
            <numerusform>%1 of %n measured agreement is listed.</numerusform>
            <numerusform>%1 of %n measured agreements are listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::RecordListView</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match &quot;%1&quot;</source>
        <translation>
            <numerusform>%n record matches &quot;%1&quot;</numerusform>
            <numerusform>%n records match &quot;%1&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::ResultsRefresher</name>
    <message numerus="yes">
        <source>%Ln KPI period(s)</source>
        <translation>
            <numerusform>%Ln KPI period</numerusform>
            <numerusform>%Ln KPI periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket verdict(s)</source>
        <translation>
            <numerusform>%Ln ticket verdict</numerusform>
            <numerusform>%Ln ticket verdicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::ServiceReport</name>
    <message numerus="yes">
        <source>%n ticket(s) missed a target; they are listed under Breaches.</source>
        <translation>
            <numerusform>%n ticket missed a target; it is listed under Breaches.</numerusform>
            <numerusform>%n tickets missed a target; they are listed under Breaches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Availability was %1, with %n unplanned outage(s).</source>
        <translation>
            <numerusform>Availability was %1, with %n unplanned outage.</numerusform>
            <numerusform>Availability was %1, with %n unplanned outages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customer satisfaction (CSAT) was %1 from %n answer(s).</source>
        <translation>
            <numerusform>Customer satisfaction (CSAT) was %1 from %n answer.</numerusform>
            <numerusform>Customer satisfaction (CSAT) was %1 from %n answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more breached ticket(s).</source>
        <translation>
            <numerusform>… and %n more breached ticket.</numerusform>
            <numerusform>… and %n more breached tickets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CSAT (share of answers scoring 4 or 5): %1 from %n answer(s).</source>
        <translation>
            <numerusform>CSAT (share of answers scoring 4 or 5): %1 from %n answer.</numerusform>
            <numerusform>CSAT (share of answers scoring 4 or 5): %1 from %n answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) had nothing to judge in the period (no data).</source>
        <translation>
            <numerusform>%n target had nothing to judge in the period (no data).</numerusform>
            <numerusform>%n targets had nothing to judge in the period (no data).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::ValueSection</name>
    <message numerus="yes">
        <source>The %1 highest of %n agreement(s) are listed.</source>
        <translation>
            <numerusform>The %1 highest of %n agreement is listed.</numerusform>
            <numerusform>The %1 highest of %n agreements are listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::VersionsPanel</name>
    <message numerus="yes">
        <source>%n change(s) from the older to the newer version:</source>
        <translation>
            <numerusform>%n change from the older to the newer version:</numerusform>
            <numerusform>%n changes from the older to the newer version:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::Workspace</name>
    <message numerus="yes">
        <source>%1 is the calendar of the region(s) %2 and of %n target(s): give them another calendar first</source>
        <translation>
            <numerusform>%1 is the calendar of the region(s) %2 and of %n target: give them another calendar first</numerusform>
            <numerusform>%1 is the calendar of the region(s) %2 and of %n targets: give them another calendar first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is the calendar of %n target(s): give them another calendar first</source>
        <translation>
            <numerusform>%1 is the calendar of %n target: give it another calendar first</numerusform>
            <numerusform>%1 is the calendar of %n targets: give them another calendar first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 &quot;%2&quot; is the counterparty of %n agreement(s): delete or reassign them first</source>
        <translation>
            <numerusform>%1 &quot;%2&quot; is the counterparty of %n agreement: delete or reassign it first</numerusform>
            <numerusform>%1 &quot;%2&quot; is the counterparty of %n agreements: delete or reassign them first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Service %1 is covered by %n agreement(s): remove it from them first</source>
        <translation>
            <numerusform>Service %1 is covered by %n agreement: remove it from that first</numerusform>
            <numerusform>Service %1 is covered by %n agreements: remove it from them first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Agreement %1 has %n agreement(s) below it in the hierarchy: delete or move them first</source>
        <translation>
            <numerusform>Agreement %1 has %n agreement below it in the hierarchy: delete or move it first</numerusform>
            <numerusform>Agreement %1 has %n agreements below it in the hierarchy: delete or move them first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accordo::WorkspaceCopy</name>
    <message numerus="yes">
        <source>%1 is not empty: its table %2 has %n row(s); copy into a new workspace</source>
        <translation>
            <numerusform>%1 is not empty: its table %2 has %n row; copy into a new workspace</numerusform>
            <numerusform>%1 is not empty: its table %2 has %n rows; copy into a new workspace</numerusform>
        </translation>
    </message>
</context>
</TS>
