<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>es::AlertRules</name>
    <message numerus="yes">
        <source>in the last %n day(s)</source>
        <translation>
            <numerusform>in the last day</numerusform>
            <numerusform>in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n hour(s)</source>
        <translation>
            <numerusform>in the last hour</numerusform>
            <numerusform>in the last %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in the last %n minute(s)</source>
        <translation>
            <numerusform>in the last minute</numerusform>
            <numerusform>in the last %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: none for %n minute(s)</source>
        <translation>
            <numerusform>%1: none for %n minute</numerusform>
            <numerusform>%1: none for %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ReportTemplates</name>
    <message numerus="yes">
        <source>%1 shows exactly %n metric(s).</source>
        <translation>
            <numerusform>%1 shows exactly %n metric.</numerusform>
            <numerusform>%1 shows exactly %n metrics.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::cli::ConsumeCommand</name>
    <message numerus="yes">
        <source>%1	%n partition(s)</source>
        <translation>
            <numerusform>%1	%n partition</numerusform>
            <numerusform>%1	%n partitions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::cli::EventsCommand</name>
    <message numerus="yes">
        <source>(%n event(s))</source>
        <translation>
            <numerusform>(%n event)</numerusform>
            <numerusform>(%n events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n event(s) could not be searched because their file moved or changed since the import.</source>
        <translation>
            <numerusform>warning: %n event could not be searched because their file moved or changed since the import.</numerusform>
            <numerusform>warning: %n events could not be searched because their file moved or changed since the import.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::cli::ReportCommand</name>
    <message numerus="yes">
        <source>Wrote %n template(s) to %1</source>
        <translation>
            <numerusform>Wrote %n template to %1</numerusform>
            <numerusform>Wrote %n templates to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::cli::SqlCommand</name>
    <message numerus="yes">
        <source>(%n row(s))</source>
        <translation>
            <numerusform>(%n row)</numerusform>
            <numerusform>(%n rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ui::BacktestChart</name>
    <message numerus="yes">
        <source>Would have fired %n times in the last %1 days (total %2).</source>
        <translation>
            <numerusform>Would have fired %n time in the last %1 days (total %2).</numerusform>
            <numerusform>Would have fired %n times in the last %1 days (total %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminders would have gone out.</source>
        <translation>
            <numerusform>%n reminder would have gone out.</numerusform>
            <numerusform>%n reminders would have gone out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%n malformed among the first %1 lines.</source>
        <translation>
            <numerusform>%n malformed among the first %1 lines.</numerusform>
            <numerusform>%n malformed among the first %1 lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ui::ImportProgressPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s), then following them for new lines…</source>
        <translation>
            <numerusform>Importing %n file, then following it for new lines…</numerusform>
            <numerusform>Importing %n files, then following them for new lines…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ui::ImportSummaryPage</name>
    <message numerus="yes">
        <source>%n file(s) imported: </source>
        <translation>
            <numerusform>%n file imported: </numerusform>
            <numerusform>%n files imported: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ui::JsonTreeModel</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ui::KafkaProfileDialog</name>
    <message numerus="yes">
        <source>Connected. The cluster has %n topic(s):</source>
        <translation>
            <numerusform>Connected. The cluster has %n topic:</numerusform>
            <numerusform>Connected. The cluster has %n topics:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n partition(s)</source>
        <translation>
            <numerusform>%1 — %n partition</numerusform>
            <numerusform>%1 — %n partitions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ui::MalformedLinesDialog</name>
    <message numerus="yes">
        <source>%1 has %n malformed line(s). They were counted and left out; the rest of the file was imported.</source>
        <translation>
            <numerusform>%1 has %n malformed line. They were counted and left out; the rest of the file was imported.</numerusform>
            <numerusform>%1 has %n malformed lines. They were counted and left out; the rest of the file was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ui::PdfReportWriter</name>
    <message numerus="yes">
        <source>%n periods: the Excel export of this report lists each one.</source>
        <translation>
            <numerusform>%n period: the Excel export of this report lists it.</numerusform>
            <numerusform>%n periods: the Excel export of this report lists each one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ui::RebuildDialog</name>
    <message numerus="yes">
        <source>Read again: %n file(s), %1</source>
        <translation>
            <numerusform>Read again: %n file, %1</numerusform>
            <numerusform>Read again: %n files, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ui::ReportExportDialog</name>
    <message numerus="yes">
        <source>%n report(s) to export.</source>
        <translation>
            <numerusform>%n report to export.</numerusform>
            <numerusform>%n reports to export.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n file to %1.</numerusform>
            <numerusform>Wrote %n files to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n template(s).</source>
        <translation>
            <numerusform>Imported %n template.</numerusform>
            <numerusform>Imported %n templates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n template(s) to %1.</source>
        <translation>
            <numerusform>Saved %n template to %1.</numerusform>
            <numerusform>Saved %n templates to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ui::SectionListModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ui::SourceStatus</name>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n more)</numerusform>
            <numerusform>(+%n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partition(s) · %1 messages · %2 events · %3 malformed</source>
        <translation>
            <numerusform>%n partition · %1 messages · %2 events · %3 malformed</numerusform>
            <numerusform>%n partitions · %1 messages · %2 events · %3 malformed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ui::SourcesPanel</name>
    <message numerus="yes">
        <source>%n file content(s) (rotations)</source>
        <translation>
            <numerusform>%n file content (rotations)</numerusform>
            <numerusform>%n file contents (rotations)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ui::SqlConsole</name>
    <message numerus="yes">
        <source>%n row(s) in %1</source>
        <translation>
            <numerusform>%n row in %1</numerusform>
            <numerusform>%n rows in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ui::TemplateEditorDialog</name>
    <message numerus="yes">
        <source>This section shows at most %n metric(s); uncheck one first.</source>
        <translation>
            <numerusform>This section shows at most %n metric; uncheck one first.</numerusform>
            <numerusform>This section shows at most %n metrics; uncheck one first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>es::ui::ToastManager</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
</TS>
