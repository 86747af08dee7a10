// The layout of the report template editor: the General page (what the
// whole report covers), the Sections page (the ordered list and the editor
// of the selected section), and filling them from a template. Its behaviour
// is in templateeditordialog.cpp.

#include "common/filterlisteditor.h"
#include "common/problemfooter.h"
#include "core/zonebucketer.h"
#include "reports/sectionlistmodel.h"
#include "reports/templateeditordialog.h"
#include "timerange/paddeditemdelegate.h"
#include "timerange/timezonecombo.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace es::ui {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

// Secondary text under a field: smaller and quieter than the field.
QLabel *hintLabel(const QString &text = {})
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    label->setFont(f);
    return label;
}

QToolButton *actionButton(QAction *action, Qt::ToolButtonStyle style)
{
    auto *b = new QToolButton;
    b->setDefaultAction(action);
    b->setToolButtonStyle(style);
    b->setAccessibleName(action->text().remove(QLatin1Char('&')));
    return b;
}

} // namespace

void TemplateEditorDialog::buildUi()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(false);
    m_tabs->addTab(buildGeneralPage(), tr("&General"));
    m_tabs->addTab(buildSectionsPage(), tr("&Sections"));
    m_tabs->setTabToolTip(0, tr("Title, time range, time zone, comparison and filters of the report"));
    m_tabs->setTabToolTip(1, tr("What the report shows, section by section"));

    m_footer = new ProblemFooter(this);
    m_buttons = m_footer->buttons();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_footer);
}

QWidget *TemplateEditorDialog::buildGeneralPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Template title"));
    m_title->setToolTip(tr("Heads the report and names the exported file"));
    m_title->setPlaceholderText(tr("e.g. Weekly traffic for the board"));
    m_title->setClearButtonEnabled(true);
    form->addRow(buddyLabel(tr("&Title:"), m_title), m_title);

    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setAccessibleName(tr("Template description"));
    m_description->setToolTip(tr("A sentence or two on what the report is for; shown with the template"));
    m_description->setPlaceholderText(tr("What the report is for and who reads it"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(buddyLabel(tr("&Description:"), m_description), m_description);

    m_range = new QComboBox;
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_range->setAccessibleName(tr("Time range"));
    m_range->setToolTip(tr("The period the report covers, resolved each time it is run"));
    form->addRow(buddyLabel(tr("&Range:"), m_range), m_range);

    m_granularity = new QComboBox;
    m_granularity->setObjectName(QStringLiteral("granularityCombo"));
    m_granularity->setAccessibleName(tr("Granularity"));
    m_granularity->setToolTip(tr("The size of the steps in time series. Automatic picks hours up to two "
                                 "days, days up to three months, weeks up to a year, else months."));
    form->addRow(buddyLabel(tr("Gra&nularity:"), m_granularity), m_granularity);

    m_comparison = new QComboBox;
    m_comparison->setObjectName(QStringLiteral("comparisonCombo"));
    m_comparison->setAccessibleName(tr("Comparison"));
    m_comparison->setToolTip(tr("The period each figure is compared with"));
    form->addRow(buddyLabel(tr("C&omparison:"), m_comparison), m_comparison);

    m_workspaceZone = new QCheckBox(tr("Same as the &workspace"));
    m_workspaceZone->setObjectName(QStringLiteral("workspaceZoneCheck"));
    m_workspaceZone->setToolTip(tr("Use the workspace's time zone, whatever it is when the report runs"));
    m_zone = new TimeZoneCombo;
    m_zone->setObjectName(QStringLiteral("zoneCombo"));
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->setToolTip(tr("Days, weeks and months of the report start at midnight in this zone. Type "
                          "any part of a name to find it."));
    auto *zoneRow = new QHBoxLayout;
    zoneRow->addWidget(m_workspaceZone);
    zoneRow->addWidget(m_zone, 1);
    form->addRow(buddyLabel(tr("Time &zone:"), m_zone), zoneRow);

    m_bots = new QComboBox;
    m_bots->setObjectName(QStringLiteral("botsCombo"));
    m_bots->setAccessibleName(tr("Bots"));
    m_bots->setToolTip(tr("Whether requests from bots and crawlers count"));
    form->addRow(buddyLabel(tr("&Bots:"), m_bots), m_bots);

    auto *filters = new QGroupBox(tr("Filters"));
    filters->setObjectName(QStringLiteral("filterGroup"));
    auto *filterBox = new QVBoxLayout(filters);
    filterBox->addWidget(
        hintLabel(tr("Only events that match every filter count. Separate several values of one "
                     "dimension with commas; any of them matches.")));
    m_filters = new FilterListEditor(m_paramKeys);
    m_filters->setValuesHint(
        tr("One or more values separated by commas; a filter without values is left out"),
        tr("e.g. DE, AT, CH"));
    m_filters->addButton()->setToolTip(tr("Add a filter on a dimension"));
    connect(m_filters, &FilterListEditor::changed, this, &TemplateEditorDialog::updateState);
    filterBox->addWidget(m_filters);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(filters);
    layout->addStretch(1);
    return page;
}

QWidget *TemplateEditorDialog::buildSectionsPage()
{
    auto *left = new QWidget;
    m_sectionList = new QListView(left);
    m_sectionList->setObjectName(QStringLiteral("sectionList"));
    m_sectionList->setAccessibleName(tr("Sections"));
    m_sectionList->setToolTip(tr("The sections in the order the report shows them"));
    m_sectionList->setModel(m_sections);
    m_sectionList->setSelectionMode(QAbstractItemView::SingleSelection);
    // Long summaries wrap instead of hiding behind a horizontal scroll bar.
    m_sectionList->setWordWrap(true);
    m_sectionList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sectionList->setResizeMode(QListView::Adjust);
    m_sectionList->setItemDelegate(new PaddedItemDelegate(3, m_sectionList));
    const int small = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_sectionList->setIconSize(QSize(small, small));

    auto *addMenu = new QMenu(this);
    addMenu->setObjectName(QStringLiteral("addSectionMenu"));
    for (SectionKind kind : ReportTemplates::allKinds()) {
        QAction *a = addMenu->addAction(ReportTemplates::kindTitle(kind));
        a->setObjectName(QStringLiteral("add-") + ReportTemplates::kindName(kind));
        a->setData(int(kind));
        connect(a, &QAction::triggered, this, [this, kind] { addSection(kind); });
    }
    m_addSection = new QPushButton(tr("&Add section"), left);
    m_addSection->setObjectName(QStringLiteral("addSectionButton"));
    m_addSection->setAccessibleName(tr("Add section"));
    m_addSection->setToolTip(tr("Add a section after the selected one"));
    m_addSection->setAutoDefault(false);
    m_addSection->setMenu(addMenu);

    // The shortcuts work wherever the focus is in the list pane, not in the
    // section editor, where Ctrl+Up and Delete mean something else.
    m_removeSection = new QAction(tr("&Remove"), left);
    m_removeSection->setObjectName(QStringLiteral("removeSectionAction"));
    m_removeSection->setToolTip(tr("Remove the selected section (Delete)"));
    m_removeSection->setShortcut(QKeySequence::Delete);
    m_moveUp = new QAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Move up"), left);
    m_moveUp->setObjectName(QStringLiteral("moveUpAction"));
    m_moveUp->setToolTip(tr("Move the selected section up (Ctrl+Up)"));
    m_moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_moveDown = new QAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("Move down"), left);
    m_moveDown->setObjectName(QStringLiteral("moveDownAction"));
    m_moveDown->setToolTip(tr("Move the selected section down (Ctrl+Down)"));
    m_moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    for (QAction *a : {m_removeSection, m_moveUp, m_moveDown}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        left->addAction(a);
    }
    connect(m_removeSection, &QAction::triggered, this, &TemplateEditorDialog::removeSection);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveSection(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveSection(1); });

    auto *remove = actionButton(m_removeSection, Qt::ToolButtonTextOnly);
    remove->setObjectName(QStringLiteral("removeSectionButton"));
    auto *up = actionButton(m_moveUp, Qt::ToolButtonIconOnly);
    up->setObjectName(QStringLiteral("moveUpButton"));
    auto *down = actionButton(m_moveDown, Qt::ToolButtonIconOnly);
    down->setObjectName(QStringLiteral("moveDownButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addSection);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(up);
    buttons->addWidget(down);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    leftLayout->addWidget(buddyLabel(tr("Secti&ons in report order:"), m_sectionList));
    leftLayout->addWidget(m_sectionList, 1);
    leftLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("sectionSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(buildSectionEditor());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({320, 480});

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    return page;
}

QWidget *TemplateEditorDialog::buildSectionEditor()
{
    m_editorStack = new QStackedWidget;
    m_editorStack->setObjectName(QStringLiteral("sectionEditorStack"));
    auto *empty = new QLabel(tr("No section selected.\nAdd one with \"Add section\"."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setForegroundRole(QPalette::PlaceholderText);
    m_editorStack->addWidget(empty);

    auto *editor = new QWidget;
    editor->setObjectName(QStringLiteral("sectionEditor"));
    m_editorForm = new QFormLayout(editor);
    m_editorForm->setContentsMargins(6, 0, 0, 0);
    m_editorForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("sectionKindCombo"));
    m_kind->setAccessibleName(tr("Section kind"));
    m_kind->setToolTip(tr("How the section shows its figures"));
    for (SectionKind k : ReportTemplates::allKinds())
        m_kind->addItem(ReportTemplates::kindTitle(k), int(k));
    m_editorForm->addRow(buddyLabel(tr("&Kind:"), m_kind), m_kind);

    m_sectionTitle = new QLineEdit;
    m_sectionTitle->setObjectName(QStringLiteral("sectionTitleEdit"));
    m_sectionTitle->setAccessibleName(tr("Section title"));
    m_sectionTitle->setToolTip(tr("Leave empty to use the title shown in grey, which follows the metrics"));
    m_sectionTitle->setClearButtonEnabled(true);
    m_editorForm->addRow(buddyLabel(tr("T&itle:"), m_sectionTitle), m_sectionTitle);

    m_dimension = new QComboBox;
    m_dimension->setObjectName(QStringLiteral("dimensionCombo"));
    m_dimension->setAccessibleName(tr("Dimension"));
    m_dimension->setToolTip(tr("The values the section ranks or divides, such as pages or countries"));
    m_editorForm->addRow(buddyLabel(tr("&Dimension:"), m_dimension), m_dimension);

    m_topN = new QSpinBox;
    m_topN->setObjectName(QStringLiteral("topNSpin"));
    m_topN->setAccessibleName(tr("Top values"));
    m_topN->setToolTip(tr("How many values the section shows; a pie chart adds the rest up as \"Other\""));
    m_topN->setRange(1, 1000);
    m_editorForm->addRow(buddyLabel(tr("To&p values:"), m_topN), m_topN);

    m_metrics = new QListWidget;
    m_metrics->setObjectName(QStringLiteral("metricList"));
    m_metrics->setAccessibleName(tr("Metrics"));
    m_metrics->setToolTip(tr("Checked metrics are shown in the order listed"));
    m_metrics->setSelectionMode(QAbstractItemView::SingleSelection);
    m_metrics->setMinimumHeight(120);
    m_metricUp = new QAction(style()->standardIcon(QStyle::SP_ArrowUp), tr("Move metric up"), m_metrics);
    m_metricUp->setObjectName(QStringLiteral("metricUpAction"));
    m_metricUp->setToolTip(tr("Show the selected metric earlier (Alt+Up)"));
    m_metricUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_metricDown =
        new QAction(style()->standardIcon(QStyle::SP_ArrowDown), tr("Move metric down"), m_metrics);
    m_metricDown->setObjectName(QStringLiteral("metricDownAction"));
    m_metricDown->setToolTip(tr("Show the selected metric later (Alt+Down)"));
    m_metricDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction *a : {m_metricUp, m_metricDown}) {
        a->setShortcutContext(Qt::WidgetShortcut);
        m_metrics->addAction(a);
    }
    connect(m_metricUp, &QAction::triggered, this, [this] { moveMetric(-1); });
    connect(m_metricDown, &QAction::triggered, this, [this] { moveMetric(1); });
    auto *metricButtons = new QVBoxLayout;
    metricButtons->addWidget(actionButton(m_metricUp, Qt::ToolButtonIconOnly));
    metricButtons->addWidget(actionButton(m_metricDown, Qt::ToolButtonIconOnly));
    metricButtons->addStretch(1);
    m_metricsHint = hintLabel();
    m_metricsHint->setObjectName(QStringLiteral("metricsHint"));
    m_metricsBox = new QWidget;
    auto *metricsGrid = new QGridLayout(m_metricsBox);
    metricsGrid->setContentsMargins(0, 0, 0, 0);
    metricsGrid->addWidget(m_metrics, 0, 0);
    metricsGrid->addLayout(metricButtons, 0, 1);
    metricsGrid->addWidget(m_metricsHint, 1, 0, 1, 2);
    auto *metricsLabel = buddyLabel(tr("&Metrics:"), m_metrics);
    m_editorForm->addRow(metricsLabel, m_metricsBox);

    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("sectionTextEdit"));
    m_text->setAccessibleName(tr("Section text"));
    m_text->setToolTip(tr("Free text for the report. Separate paragraphs with a blank line."));
    m_text->setPlaceholderText(tr("What readers should know, e.g. how visitors are counted"));
    m_text->setTabChangesFocus(true);
    m_editorForm->addRow(buddyLabel(tr("Te&xt:"), m_text), m_text);

    m_editorStack->addWidget(editor);
    return m_editorStack;
}

void TemplateEditorDialog::loadTemplate(const ReportTemplate &t)
{
    m_title->setText(t.title);
    m_description->setPlainText(t.description);

    const ZoneBucketer zone(t.timeZone.isEmpty() ? QTimeZone::systemTimeZoneId() : t.timeZone);
    for (const QString &id : RangeSpec::presetIds())
        m_range->addItem(RangeSpec::presetLabel(id), RangeSpec::fromPreset(id).toString());
    int range = m_range->findData(t.range.toString());
    if (range < 0) {
        // A range typed into the picker or a JSON file: kept as it is, at the
        // top, so an untouched template keeps it.
        const QString label = t.range.kind == RangeSpec::Kind::Absolute
                                  ? tr("Fixed dates: %1").arg(t.range.label(zone))
                                  : tr("Custom: %1").arg(t.range.label(zone));
        m_range->insertItem(0, label, t.range.toString());
        m_range->setItemData(0, tr("The template's own range"), Qt::ToolTipRole);
        range = 0;
    }
    m_range->setCurrentIndex(range);

    m_granularity->addItem(tr("Automatic"), -1);
    const std::pair<Granularity, QString> steps[] = {
        {Granularity::Hour, tr("Hour")},       {Granularity::Day, tr("Day")},
        {Granularity::Week, tr("Week")},       {Granularity::Month, tr("Month")},
        {Granularity::Quarter, tr("Quarter")}, {Granularity::Year, tr("Year")},
    };
    for (const auto &[g, label] : steps)
        m_granularity->addItem(label, int(g));
    // Minutes are refused by validation; shown rather than silently changed.
    if (t.granularity == Granularity::Minute)
        m_granularity->addItem(tr("Minute"), int(Granularity::Minute));
    m_granularity->setCurrentIndex(m_granularity->findData(t.granularity ? int(*t.granularity) : -1));

    const std::pair<Comparison, QString> comparisons[] = {
        {Comparison::None, tr("None")},
        {Comparison::PreviousPeriod, tr("Previous period")},
        {Comparison::WeekOverWeek, tr("Week before")},
        {Comparison::MonthOverMonth, tr("Month before")},
        {Comparison::YearOverYear, tr("Year before")},
    };
    for (const auto &[c, label] : comparisons)
        m_comparison->addItem(label, int(c));
    m_comparison->setCurrentIndex(m_comparison->findData(int(t.comparison)));

    m_workspaceZone->setChecked(t.timeZone.isEmpty());
    m_zone->setZone(t.timeZone.isEmpty() ? QTimeZone::systemTimeZoneId() : t.timeZone);
    m_zone->setEnabled(!t.timeZone.isEmpty());

    const std::pair<BotMode, QString> bots[] = {
        {BotMode::Default, tr("Default: left out of visitors, page views and sessions")},
        {BotMode::Include, tr("Included everywhere")},
        {BotMode::Exclude, tr("Excluded everywhere")},
        {BotMode::Only, tr("Only bots")},
    };
    for (const auto &[b, label] : bots)
        m_bots->addItem(label, int(b));
    m_bots->setCurrentIndex(m_bots->findData(int(t.bots)));

    m_filters->setFilters(t.filters);

    m_sections->setSections(t.sections);
}

} // namespace es::ui
