// The widgets of EventBrowser and how they are laid out: the filter row
// over a splitter of the counts by type, the events table and the detail
// pane, with the status line at the bottom.

#include "events/eventbrowser.h"
#include "events/eventdetail.h"
#include "events/eventtablemodel.h"
#include "events/typecountmodel.h"
#include "timerange/timerangepicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace es::ui {

void EventBrowser::buildLayout()
{
    m_picker = new TimeRangePicker(this);
    m_picker->setObjectName(QStringLiteral("eventRangePicker"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("eventTypeCombo"));
    m_type->setAccessibleName(tr("Event type"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("eventSourceCombo"));
    m_source->setAccessibleName(tr("Source"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_source->setMaximumWidth(260);
    fillCombo(m_type, tr("All types"), {});
    fillCombo(m_source, tr("All sources"), {});
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("eventStatusCombo"));
    m_statusFilter->setEditable(true);
    m_statusFilter->setInsertPolicy(QComboBox::NoInsert);
    m_statusFilter->addItems({QString(), QStringLiteral("2xx"), QStringLiteral("3xx"), QStringLiteral("4xx"),
                              QStringLiteral("5xx"), QStringLiteral("4xx, 5xx"), QStringLiteral("none")});
    m_statusFilter->lineEdit()->setPlaceholderText(tr("Any status"));
    m_statusFilter->setToolTip(tr("HTTP status: codes such as 404, classes such as 5xx, or \"none\", "
                                  "separated by commas"));
    m_statusFilter->setAccessibleName(tr("Status"));
    m_statusFilter->setMinimumContentsLength(9);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("eventTextFilter"));
    m_text->setPlaceholderText(tr("Search text (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Search text"));
    m_text->setToolTip(tr("Events whose line contains this text, ignoring case"));
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_text->setFocus();
        m_text->selectAll();
    });
    m_exportButton = new QPushButton(tr("Export CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("eventExportButton"));
    m_exportButton->setToolTip(tr("Write every event that matches the filters to a CSV file"));
    connect(m_exportButton, &QPushButton::clicked, this, &EventBrowser::exportCsv);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_picker);
    filters->addWidget(m_type);
    filters->addWidget(m_source);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_exportButton);

    m_countTitle = new QLabel(tr("Events by type"), this);
    m_countTitle->setObjectName(QStringLiteral("eventCountTitle"));
    m_countView = new QTableView(this);
    m_countView->setObjectName(QStringLiteral("eventCountView"));
    m_countView->setModel(m_counts);
    m_countView->setAccessibleName(tr("Events by type"));
    m_countView->setToolTip(tr("Click a type to show only its events"));
    m_countView->verticalHeader()->hide();
    m_countView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_countView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_countView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_countView->horizontalHeader()->setSectionResizeMode(TypeCountModel::TypeColumn, QHeaderView::Stretch);
    m_countView->horizontalHeader()->setSectionResizeMode(TypeCountModel::CountColumn,
                                                          QHeaderView::ResizeToContents);
    connect(m_countView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        setTypeFilter(index.data(TypeCountModel::TypeRole).toString());
    });
    auto *countPane = new QWidget(this);
    auto *countLayout = new QVBoxLayout(countPane);
    countLayout->setContentsMargins(0, 0, 0, 0);
    countLayout->addWidget(m_countTitle);
    countLayout->addWidget(m_countView, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("eventTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Events"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Fixed row heights keep scrolling through many rows cheap.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(EventTableModel::TimeColumn, digit * 26);
    header->resizeSection(EventTableModel::SourceColumn, digit * 16);
    header->resizeSection(EventTableModel::TypeColumn, digit * 14);
    header->resizeSection(EventTableModel::StatusColumn, digit * 8);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventBrowser::onSelection);

    m_detail = new EventDetail(this);
    m_detail->setObjectName(QStringLiteral("eventDetail"));
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_table);
    right->addWidget(m_detail);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(countPane);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({digit * 30, digit * 150});
    split->setChildrenCollapsible(false);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("eventStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("eventExportProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancelExport = new QToolButton(this);
    m_cancelExport->setText(tr("Cancel Export"));
    m_cancelExport->setObjectName(QStringLiteral("eventExportCancel"));
    m_cancelExport->hide();
    connect(m_cancelExport, &QToolButton::clicked, this, &EventBrowser::cancelExport);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancelExport);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
}

void EventBrowser::fillCombo(QComboBox *combo, const QString &allText, const QStringList &items)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(allText, QString());
    for (const QString &item : items)
        combo->addItem(item, item);
    const int at = combo->findData(current);
    combo->setCurrentIndex(at >= 0 ? at : 0);
}

} // namespace es::ui
