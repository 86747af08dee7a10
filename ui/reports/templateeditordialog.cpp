#include "reports/templateeditordialog.h"

#include "common/filterlisteditor.h"
#include "common/problemfooter.h"
#include "query/dimensions.h"
#include "query/labels.h"
#include "reports/sectionlistmodel.h"
#include "timerange/timezonecombo.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace es::ui {

namespace {

// What a new section of a kind starts with: a common choice that already
// passes validation, so the user changes it rather than builds it up.
ReportSection newSection(SectionKind kind)
{
    using M = MetricId;
    ReportSection s;
    s.kind = kind;
    switch (kind) {
    case SectionKind::Kpis:
        s.metrics = {M::Visitors, M::PageViews, M::Sessions, M::BounceRate};
        break;
    case SectionKind::TimeSeries:
        s.metrics = {M::PageViews, M::Visitors};
        break;
    case SectionKind::Breakdown:
        s.metrics = {M::PageViews, M::Visitors};
        s.dimension = QStringLiteral("url");
        break;
    case SectionKind::Pie:
        s.metrics = {M::Visitors};
        s.dimension = QStringLiteral("device");
        s.topN = 5;
        break;
    case SectionKind::Movers:
        s.metrics = {M::PageViews};
        s.dimension = QStringLiteral("url");
        s.topN = 5;
        break;
    case SectionKind::Text:
    case SectionKind::Alerts:
        s.metrics.clear();
        break;
    }
    return s;
}

// Drops what the kind does not use, as saving would, so the result equals
// the template read back from its JSON.
ReportSection cleaned(ReportSection s)
{
    if (s.kind == SectionKind::Text || s.kind == SectionKind::Alerts)
        s.metrics.clear();
    if (s.kind != SectionKind::Text)
        s.text.clear();
    if (!ReportTemplates::needsDimension(s.kind)) {
        s.dimension.clear();
        s.topN = ReportSection{}.topN;
    }
    s.title = s.title.trimmed();
    return s;
}

QString metricsHint(SectionKind kind)
{
    switch (kind) {
    case SectionKind::Kpis:
        return TemplateEditorDialog::tr("Check 1 to 8 metrics; each gets a tile, in this order.");
    case SectionKind::TimeSeries:
        return TemplateEditorDialog::tr("Check 1 to 3 metrics; each is a line on the chart.");
    case SectionKind::Breakdown:
        return TemplateEditorDialog::tr("Check 1 to 4 metrics, shown as columns; the first ranks the rows.");
    case SectionKind::Pie:
        return TemplateEditorDialog::tr("Check one metric; it sizes the slices.");
    case SectionKind::Movers:
        return TemplateEditorDialog::tr(
            "Check one count, such as page views; values are ranked by its change.");
    case SectionKind::Text:
    case SectionKind::Alerts:
        break;
    }
    return {};
}

} // namespace

TemplateEditorDialog::TemplateEditorDialog(const ReportTemplate &t, const QStringList &paramKeys,
                                           QWidget *parent)
    : QDialog(parent), m_original(t), m_paramKeys(paramKeys), m_sections(new SectionListModel(this))
{
    setObjectName(QStringLiteral("templateEditor"));
    setWindowTitle(t.title.isEmpty() ? tr("New Report Template") : tr("Edit Report Template"));
    buildUi();
    resize(820, 600);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Accepts from anywhere, also from the multi-line fields where Return
    // starts a new line.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *accept = new QShortcut(keys, this);
        connect(accept, &QShortcut::activated, this, [this] {
            if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
                QDialog::accept();
        });
    }
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Keep the changes (Ctrl+Return)"));

    loadTemplate(t);

    auto changed = [this] { updateState(); };
    connect(m_title, &QLineEdit::textChanged, this, changed);
    connect(m_description, &QPlainTextEdit::textChanged, this, changed);
    for (QComboBox *c : {m_range, m_granularity, m_comparison, m_bots})
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    connect(m_zone, &TimeZoneCombo::zonePicked, this, changed);
    connect(m_workspaceZone, &QCheckBox::toggled, this, [this](bool on) {
        m_zone->setEnabled(!on);
        updateState();
    });

    connect(m_sectionList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                showSection(current.row());
                updateState();
            });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TemplateEditorDialog::kindChanged);
    connect(m_sectionTitle, &QLineEdit::textChanged, this, &TemplateEditorDialog::sectionEdited);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &TemplateEditorDialog::sectionEdited);
    connect(m_topN, &QSpinBox::valueChanged, this, &TemplateEditorDialog::sectionEdited);
    connect(m_text, &QPlainTextEdit::textChanged, this, &TemplateEditorDialog::sectionEdited);
    connect(m_metrics, &QListWidget::itemChanged, this, &TemplateEditorDialog::metricToggled);
    connect(m_metrics, &QListWidget::currentItemChanged, this, changed);

    selectRow(m_sections->rowCount() > 0 ? 0 : -1);
    showSection(currentRow());
    updateState();
    m_title->setFocus();
}

ReportTemplate TemplateEditorDialog::result() const
{
    ReportTemplate t = m_original;
    t.title = m_title->text().trimmed();
    t.description = m_description->toPlainText();
    t.range = RangeSpec::fromString(m_range->currentData().toString()).value_or(m_original.range);
    const int g = m_granularity->currentData().toInt();
    t.granularity = g < 0 ? std::nullopt : std::optional<Granularity>(Granularity(g));
    t.timeZone = m_workspaceZone->isChecked() ? QByteArray() : m_zone->zone();
    t.comparison = Comparison(m_comparison->currentData().toInt());
    t.bots = BotMode(m_bots->currentData().toInt());
    t.filters = m_filters->filters(false);
    t.sections.clear();
    for (const ReportSection &s : m_sections->sections())
        t.sections.push_back(cleaned(s));
    t.builtIn = false;
    return t;
}

int TemplateEditorDialog::currentRow() const
{
    const QModelIndex i = m_sectionList->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void TemplateEditorDialog::selectRow(int row)
{
    const QModelIndex i = m_sections->index(row, 0);
    m_sectionList->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect);
    if (i.isValid())
        m_sectionList->scrollTo(i);
}

void TemplateEditorDialog::addSection(SectionKind kind)
{
    const int row = currentRow() < 0 ? m_sections->rowCount() : currentRow() + 1;
    m_sections->insertSection(row, newSection(kind));
    selectRow(row);
    updateState();
}

void TemplateEditorDialog::removeSection()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_sections->removeRows(row, 1);
    selectRow(std::min(row, m_sections->rowCount() - 1));
    showSection(currentRow());
    updateState();
}

void TemplateEditorDialog::moveSection(int delta)
{
    const int row = currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_sections->rowCount())
        return;
    // moveRows() takes the row the block goes before, in the old numbering.
    m_sections->moveRows({}, row, 1, {}, delta < 0 ? target : target + 1);
    m_sectionList->scrollTo(m_sectionList->currentIndex());
    updateState();
}

void TemplateEditorDialog::showSection(int row)
{
    m_editorStack->setCurrentIndex(row < 0 ? 0 : 1);
    if (row < 0)
        return;
    const ReportSection &s = m_sections->section(row);
    const bool wasLoading = std::exchange(m_loading, true);
    m_kind->setCurrentIndex(m_kind->findData(int(s.kind)));
    m_sectionTitle->setText(s.title);
    m_sectionTitle->setPlaceholderText(ReportTemplates::autoTitle(s));
    FilterListEditor::fillDimensions(m_dimension, m_paramKeys,
                                     s.dimension.isEmpty() ? QStringLiteral("url") : s.dimension);
    m_topN->setValue(s.topN);
    m_text->setPlainText(s.text);

    m_metrics->clear();
    std::vector<MetricId> order = s.metrics;
    for (const MetricDef &d : Metrics::all()) {
        if (std::find(order.begin(), order.end(), d.id) == order.end())
            order.push_back(d.id);
    }
    for (MetricId id : order) {
        auto *item = new QListWidgetItem(Labels::metricTitle(id), m_metrics);
        item->setData(Qt::UserRole, int(id));
    }
    syncMetricChecks();
    m_metricsHint->setText(metricsHint(s.kind));

    const bool dimension = ReportTemplates::needsDimension(s.kind);
    m_editorForm->setRowVisible(m_metricsBox, s.kind != SectionKind::Text && s.kind != SectionKind::Alerts);
    m_editorForm->setRowVisible(m_dimension, dimension);
    m_editorForm->setRowVisible(m_topN, dimension);
    m_editorForm->setRowVisible(m_text, s.kind == SectionKind::Text);
    m_loading = wasLoading;
}

void TemplateEditorDialog::sectionEdited()
{
    const int row = currentRow();
    if (m_loading || row < 0)
        return;
    ReportSection s = m_sections->section(row);
    s.title = m_sectionTitle->text();
    if (ReportTemplates::needsDimension(s.kind)) {
        s.dimension = m_dimension->currentData().toString();
        s.topN = m_topN->value();
    }
    if (s.kind == SectionKind::Text)
        s.text = m_text->toPlainText();
    m_sections->setSection(row, s);
    m_sectionTitle->setPlaceholderText(ReportTemplates::autoTitle(s));
    updateState();
}

void TemplateEditorDialog::kindChanged()
{
    const int row = currentRow();
    if (m_loading || row < 0)
        return;
    ReportSection s = m_sections->section(row);
    s.kind = SectionKind(m_kind->currentData().toInt());
    const ReportSection fresh = newSection(s.kind);
    const auto [lo, hi] = ReportTemplates::metricCount(s.kind);
    if (hi == 0)
        s.metrics.clear();
    else if (s.metrics.empty())
        s.metrics = fresh.metrics;
    else if (int(s.metrics.size()) > hi)
        s.metrics.resize(size_t(hi));
    if (ReportTemplates::needsDimension(s.kind) && s.dimension.isEmpty()) {
        s.dimension = fresh.dimension;
        s.topN = fresh.topN;
    }
    m_sections->setSection(row, s);
    showSection(row);
    updateState();
}

void TemplateEditorDialog::metricToggled(QListWidgetItem *item)
{
    const int row = currentRow();
    if (m_loading || row < 0 || !item)
        return;
    ReportSection s = m_sections->section(row);
    const auto id = MetricId(item->data(Qt::UserRole).toInt());
    const bool checked = item->checkState() == Qt::Checked;
    const auto it = std::find(s.metrics.begin(), s.metrics.end(), id);
    const int most = ReportTemplates::metricCount(s.kind).second;
    if (checked && it == s.metrics.end()) {
        // A kind with one metric swaps it, as radio buttons would; the others
        // stop at their limit (syncMetricChecks() disables the rest).
        if (most == 1)
            s.metrics = {id};
        else if (int(s.metrics.size()) < most)
            s.metrics.push_back(id);
    } else if (!checked && it != s.metrics.end()) {
        s.metrics.erase(it);
    }
    m_sections->setSection(row, s);
    m_sectionTitle->setPlaceholderText(ReportTemplates::autoTitle(s));
    const bool wasLoading = std::exchange(m_loading, true);
    syncMetricChecks();
    m_loading = wasLoading;
    // Reordered later: the list is still handling the click on this item.
    if (!std::exchange(m_orderPending, true))
        QMetaObject::invokeMethod(this, &TemplateEditorDialog::orderMetrics, Qt::QueuedConnection);
    updateState();
}

void TemplateEditorDialog::moveMetric(int delta)
{
    const int row = currentRow();
    QListWidgetItem *item = m_metrics->currentItem();
    if (row < 0 || !item)
        return;
    ReportSection s = m_sections->section(row);
    const auto it = std::find(s.metrics.begin(), s.metrics.end(), MetricId(item->data(Qt::UserRole).toInt()));
    const auto pos = it - s.metrics.begin();
    if (it == s.metrics.end() || pos + delta < 0 || pos + delta >= std::ssize(s.metrics))
        return;
    std::swap(s.metrics[size_t(pos)], s.metrics[size_t(pos + delta)]);
    m_sections->setSection(row, s);
    m_sectionTitle->setPlaceholderText(ReportTemplates::autoTitle(s));
    orderMetrics();
    updateState();
}

void TemplateEditorDialog::syncMetricChecks()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const ReportSection &s = m_sections->section(row);
    const int most = ReportTemplates::metricCount(s.kind).second;
    const bool full = most > 1 && int(s.metrics.size()) >= most;
    for (int i = 0; i < m_metrics->count(); ++i) {
        QListWidgetItem *item = m_metrics->item(i);
        const auto id = MetricId(item->data(Qt::UserRole).toInt());
        const bool checked = std::find(s.metrics.begin(), s.metrics.end(), id) != s.metrics.end();
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
        if (checked || !full)
            flags |= Qt::ItemIsEnabled;
        item->setFlags(flags);
        QString tip = Metrics::definition(id);
        if (!checked && full)
            tip += QLatin1Char('\n') +
                   tr("This section shows at most %n metric(s); uncheck one first.", nullptr, most);
        item->setToolTip(tip);
    }
}

void TemplateEditorDialog::orderMetrics()
{
    m_orderPending = false;
    const int row = currentRow();
    if (row < 0)
        return;
    // The checked metrics first, in the section's order, the others as the
    // metric list has them; items are moved, not rebuilt, so the current one
    // stays current.
    std::vector<MetricId> order = m_sections->section(row).metrics;
    for (const MetricDef &d : Metrics::all()) {
        if (std::find(order.begin(), order.end(), d.id) == order.end())
            order.push_back(d.id);
    }
    const bool wasLoading = std::exchange(m_loading, true);
    QListWidgetItem *current = m_metrics->currentItem();
    for (int i = 0; i < int(order.size()) && i < m_metrics->count(); ++i) {
        for (int j = i; j < m_metrics->count(); ++j) {
            if (MetricId(m_metrics->item(j)->data(Qt::UserRole).toInt()) != order[size_t(i)])
                continue;
            if (j != i)
                m_metrics->insertItem(i, m_metrics->takeItem(j));
            break;
        }
    }
    if (current)
        m_metrics->setCurrentItem(current);
    m_loading = wasLoading;
    updateState();
}

int TemplateEditorDialog::problemSection(const ReportTemplate &t)
{
    // The first section that fails on its own in an otherwise valid
    // template is the one validate() names ("Section 3 ..."), which the list
    // does not number.
    ReportTemplate probe = t;
    probe.sections = {ReportSection{}};
    if (!ReportTemplates::validate(probe).isEmpty())
        return -1; // the problem is the title, range or a filter
    for (std::size_t i = 0; i < t.sections.size(); ++i) {
        probe.sections = {t.sections[i]};
        if (!ReportTemplates::validate(probe).isEmpty())
            return int(i);
    }
    return -1;
}

void TemplateEditorDialog::updateState()
{
    const ReportTemplate t = result();
    const QString problem = ReportTemplates::validate(t);
    m_footer->setProblem(problem);
    m_sections->setProblem(problemSection(t), problem);

    const int row = currentRow();
    const int rows = m_sections->rowCount();
    m_removeSection->setEnabled(row >= 0);
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row + 1 < rows);

    bool up = false;
    bool down = false;
    if (row >= 0 && m_metrics->currentItem()) {
        const std::vector<MetricId> &metrics = m_sections->section(row).metrics;
        const auto id = MetricId(m_metrics->currentItem()->data(Qt::UserRole).toInt());
        const auto it = std::find(metrics.begin(), metrics.end(), id);
        up = it != metrics.end() && it != metrics.begin();
        down = it != metrics.end() && it + 1 != metrics.end();
    }
    m_metricUp->setEnabled(up);
    m_metricDown->setEnabled(down);
}

} // namespace es::ui
