#include "dashboard/widgeteditor.h"

#include "query/labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

namespace es::ui {

WidgetEditor::WidgetEditor(const WidgetSpec &spec, const QStringList &paramKeys, QWidget *parent)
    : QDialog(parent), m_kind(new QComboBox), m_metrics(new QListWidget), m_dimension(new QComboBox),
      m_topN(new QSpinBox), m_columns(new QSpinBox), m_rows(new QSpinBox), m_title(new QLineEdit),
      m_problem(new QLabel), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("widgetEditor"));
    for (WidgetKind k : Dashboards::allKinds())
        m_kind->addItem(Dashboards::kindTitle(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(spec.kind)));

    for (const MetricDef &d : Metrics::all()) {
        auto *item = new QListWidgetItem(Labels::metricTitle(d.id), m_metrics);
        item->setData(Qt::UserRole, int(d.id));
        item->setToolTip(Metrics::definition(d.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool on = std::find(spec.metrics.begin(), spec.metrics.end(), d.id) != spec.metrics.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_metrics->setMinimumHeight(160);

    for (int i = 0; i < kDimensionCount; ++i) {
        const auto id = DimensionId(i);
        if (isParamDimension(id)) {
            const int slot = i - int(DimensionId::Param0);
            if (slot >= paramKeys.size() || paramKeys[slot].isEmpty())
                continue;
            m_dimension->addItem(Dimensions::name(id, paramKeys), Dimensions::name(id, paramKeys));
        } else {
            m_dimension->addItem(Labels::dimensionTitle(id), Dimensions::name(id));
        }
    }
    m_dimension->setCurrentIndex(std::max(0, m_dimension->findData(spec.dimension)));

    m_topN->setRange(1, 100);
    m_topN->setValue(spec.topN);
    m_columns->setRange(1, DashboardSpec::kColumns);
    m_columns->setValue(spec.columnSpan);
    m_rows->setRange(1, 4);
    m_rows->setValue(spec.rowSpan);
    m_title->setText(spec.title);
    m_title->setPlaceholderText(Dashboards::autoTitle(spec));
    m_title->setClearButtonEnabled(true);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Chart:"), m_kind);
    form->addRow(tr("&Metrics:"), m_metrics);
    form->addRow(tr("&Dimension:"), m_dimension);
    form->addRow(tr("&Top values:"), m_topN);
    form->addRow(tr("&Width (columns):"), m_columns);
    form->addRow(tr("&Height (rows):"), m_rows);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WidgetEditor::updateEnabled);
    connect(m_metrics, &QListWidget::itemChanged, this, &WidgetEditor::updateEnabled);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &WidgetEditor::updateEnabled);
    updateEnabled();
}

WidgetSpec WidgetEditor::spec() const
{
    WidgetSpec w;
    w.kind = WidgetKind(m_kind->currentData().toInt());
    w.metrics.clear();
    for (int i = 0; i < m_metrics->count(); ++i)
        if (m_metrics->item(i)->checkState() == Qt::Checked)
            w.metrics.push_back(MetricId(m_metrics->item(i)->data(Qt::UserRole).toInt()));
    w.dimension = Dashboards::needsDimension(w.kind) ? m_dimension->currentData().toString() : QString();
    w.topN = m_topN->value();
    w.columnSpan = m_columns->value();
    w.rowSpan = m_rows->value();
    w.title = m_title->text().trimmed();
    return w;
}

void WidgetEditor::updateEnabled()
{
    const WidgetSpec w = spec();
    const bool dim = Dashboards::needsDimension(w.kind);
    m_dimension->setEnabled(dim);
    m_topN->setEnabled(dim);
    const int wanted = Dashboards::metricCount(w.kind);
    QString problem;
    if (w.metrics.empty())
        problem = tr("Choose at least one metric.");
    else if (wanted == 2 && w.metrics.size() != 2)
        problem =
            tr("A scatter plot needs exactly two metrics: the first is the x axis, the second the y axis.");
    else if (wanted == 1 && w.metrics.size() > 1)
        problem = tr("This chart shows one metric; the first checked one (%1) is used.")
                      .arg(Labels::metricTitle(w.metrics.front()));
    else if (wanted == 0 && w.metrics.size() > 4)
        problem = tr("Choose at most four metrics.");
    m_problem->setText(problem);
    const bool blocking =
        w.metrics.empty() || (wanted == 2 && w.metrics.size() != 2) || (wanted == 0 && w.metrics.size() > 4);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!blocking);
    m_title->setPlaceholderText(Dashboards::autoTitle(w));
}

} // namespace es::ui
