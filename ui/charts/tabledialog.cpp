#include "charts/tabledialog.h"

#include "charts/barcelldelegate.h"
#include "models/csvexport.h"
#include "models/resultfilterproxymodel.h"
#include "models/resulttablemodel.h"
#include "query/labels.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>
#include <map>
#include <set>

namespace es::ui {

namespace {

// Long URLs would push the numbers out of sight; they elide in the middle
// and show whole in the tooltip.
constexpr int kMaxColumnWidth = 380;

// A file name from a window title: no path separators or shell specials.
QString fileNameFor(const QString &title)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w\\- ]+"));
    QString name = title;
    name.replace(unsafe, QStringLiteral(" "));
    name = name.simplified();
    return name.isEmpty() ? QStringLiteral("table") : name;
}

// A field of tab-separated text: tabs and line breaks would split it.
QString tsvField(QString text)
{
    static const QRegularExpression breaks(QStringLiteral("[\\t\\r\\n]+"));
    return text.replace(breaks, QStringLiteral(" "));
}

} // namespace

TableDialog::TableDialog(const QString &title, const es::QueryResult &result, QWidget *parent)
    : QDialog(parent), m_model(new ResultTableModel(this)), m_proxy(new ResultFilterProxyModel(this)),
      m_view(new QTableView(this)), m_filter(new QLineEdit(this)), m_count(new QLabel(this))
{
    setWindowTitle(title);
    setSizeGripEnabled(true);
    m_model->setResult(result);
    m_proxy->setSourceModel(m_model);

    // The filter looks at the label columns only; name them so people know
    // what they can type.
    QStringList labels;
    for (const es::ResultColumn &c : result.columns) {
        // The previous bucket filters too but naming it would only confuse.
        if (!ResultTableModel::isNumeric(c) && c.role != es::ResultColumn::Role::PreviousBucket)
            labels << Labels::columnTitle(c);
    }
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter by %1…").arg(QLocale().createSeparatedList(labels)));
    const bool filterable = !labels.isEmpty() && !result.rows.empty();
    m_filter->setVisible(filterable);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_count->setObjectName(QStringLiteral("rowCount"));
    m_count->setTextFormat(Qt::PlainText);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TableDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TableDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TableDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TableDialog::updateCount);

    m_view->setObjectName(QStringLiteral("table"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new BarCellDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setCornerButtonEnabled(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSortIndicatorClearable(true);
    // Keep the engine's ranking until a header is clicked.
    header->setSortIndicator(-1, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->installEventFilter(this);

    auto *copyAction = new QAction(tr("&Copy"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &TableDialog::copySelection);
    auto *copyCsvAction = new QAction(tr("Copy Table as CSV"), m_view);
    connect(copyCsvAction, &QAction::triggered, this, &TableDialog::copyCsv);
    auto *selectAllAction = new QAction(tr("Select &All"), m_view);
    selectAllAction->setShortcut(QKeySequence::SelectAll);
    selectAllAction->setShortcutContext(Qt::WidgetShortcut);
    connect(selectAllAction, &QAction::triggered, m_view, &QTableView::selectAll);
    m_view->addActions({copyAction, copyCsvAction, selectAllAction});
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copyButton = buttons->addButton(tr("Copy as CSV"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyCsv"));
    m_copyButton->setAutoDefault(false);
    m_saveButton = buttons->addButton(tr("Save CSV…"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("saveCsv"));
    m_saveButton->setAutoDefault(false);
    connect(m_copyButton, &QPushButton::clicked, this, &TableDialog::copyCsv);
    connect(m_saveButton, &QPushButton::clicked, this, &TableDialog::saveCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_saveWatcher, &QFutureWatcher<QString>::finished, this, &TableDialog::onSaveFinished);

    // A filter field across a wide table would look like a search page.
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 40);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter);
    top->addStretch(1);
    top->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    if (!result.warnings.isEmpty()) {
        auto *warnings = new QLabel(result.warnings.join(QLatin1Char('\n')), this);
        warnings->setObjectName(QStringLiteral("warnings"));
        warnings->setTextFormat(Qt::PlainText);
        warnings->setWordWrap(true);
        layout->addWidget(warnings);
    }
    layout->addWidget(buttons);

    updateCount();
    fitToContents();
}

TableDialog::~TableDialog() = default;

void TableDialog::setTimeZone(const QByteArray &ianaId)
{
    m_model->setTimeZone(ianaId);
    updateCount();
}

void TableDialog::setGranularity(std::optional<es::Granularity> granularity)
{
    m_model->setGranularity(granularity);
    // Before the dialog shows, its size may still follow the new texts.
    if (isVisible())
        fitColumns();
    else
        fitToContents();
}

void TableDialog::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    QString text = shown == total
                       ? tr("Rows: %1").arg(QLocale().toString(total))
                       : tr("Rows: %1 of %2").arg(QLocale().toString(shown), QLocale().toString(total));
    const auto &columns = m_model->result().columns;
    const bool times = std::any_of(columns.begin(), columns.end(),
                                   [](const es::ResultColumn &c) { return c.kind == es::ColumnKind::Time; });
    if (times) {
        text +=
            QStringLiteral("  \u00B7  ") + tr("Times in %1").arg(QString::fromUtf8(m_model->timeZone().id()));
    }
    m_count->setText(text);
}

void TableDialog::fitColumns()
{
    m_view->resizeColumnsToContents();
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        // Room for the sort arrow, which the header's size hint leaves out.
        header->resizeSection(c, std::min(header->sectionSize(c) + 16, kMaxColumnWidth));
    }
}

void TableDialog::fitToContents()
{
    fitColumns();
    const QScreen *screen = this->screen();
    const QSize available = screen ? screen->availableSize() * 0.8 : QSize(1200, 800);
    const int frame = 2 * m_view->frameWidth();
    const int rows = std::min(m_model->rowCount(), 20);
    const int scrollBar = m_view->verticalScrollBar()->sizeHint().width();
    const int tableWidth =
        m_view->horizontalHeader()->length() + frame + (m_model->rowCount() > rows ? scrollBar : 0);
    // A view's size hint is a fixed 256x192; the rest of the dialog's height
    // is what the layout stacks around it.
    layout()->activate();
    const QMargins margins = layout()->contentsMargins();
    const int width = std::max(tableWidth + margins.left() + margins.right(), sizeHint().width());
    const bool scrollsSideways = width > available.width();
    const int tableHeight = m_view->horizontalHeader()->sizeHint().height() +
                            rows * m_view->verticalHeader()->defaultSectionSize() + frame +
                            (scrollsSideways ? scrollBar : 0);
    const int height = tableHeight + sizeHint().height() - m_view->sizeHint().height();
    resize(std::clamp(width, 520, std::max(520, available.width())),
           std::clamp(height, 300, std::max(300, available.height())));
}

QString TableDialog::visibleCsv() const
{
    return resultToCsv(m_model->result(), m_model->timeZone().id(), m_proxy->sourceRows());
}

QString TableDialog::selectedText() const
{
    QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    if (selected.isEmpty() && m_view->currentIndex().isValid())
        selected << m_view->currentIndex();
    if (selected.isEmpty())
        return QString();
    // Only the rows and columns that hold a selected cell, in view order; a
    // gap inside that grid stays an empty field so columns line up.
    std::set<int> rows, columns;
    std::map<std::pair<int, int>, QString> cells;
    for (const QModelIndex &i : selected) {
        rows.insert(i.row());
        columns.insert(i.column());
        cells[{i.row(), i.column()}] = tsvField(i.data(Qt::DisplayRole).toString());
    }
    QStringList lines;
    QStringList fields;
    if (int(rows.size()) == m_proxy->rowCount() && rows.size() > 1) {
        for (int c : columns)
            fields << tsvField(m_proxy->headerData(c, Qt::Horizontal).toString());
        lines << fields.join(QLatin1Char('\t'));
    }
    for (int r : rows) {
        fields.clear();
        for (int c : columns) {
            const auto it = cells.find({r, c});
            fields << (it == cells.end() ? QString() : it->second);
        }
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TableDialog::copyCsv()
{
    QGuiApplication::clipboard()->setText(visibleCsv());
    // Say it worked where the eye is, then go back.
    m_copyButton->setText(tr("Copied"));
    QTimer::singleShot(1500, m_copyButton, [b = m_copyButton] { b->setText(tr("Copy as CSV")); });
}

void TableDialog::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void TableDialog::saveCsv()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(documents).filePath(fileNameFor(windowTitle()) + QStringLiteral(".csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save CSV"), suggested, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        saveCsvTo(path);
}

void TableDialog::saveCsvTo(const QString &path)
{
    if (m_saveWatcher.isRunning())
        return;
    m_savePath = path;
    m_saveButton->setEnabled(false);
    // The lambda owns copies: the dialog may close before the write ends.
    const QByteArray bytes = visibleCsv().toUtf8();
    m_saveWatcher.setFuture(QtConcurrent::run([path, bytes]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return file.errorString();
        if (file.write(bytes) != bytes.size() || !file.commit())
            return file.errorString();
        return QString();
    }));
}

void TableDialog::onSaveFinished()
{
    m_saveButton->setEnabled(true);
    const QString error = m_saveWatcher.result();
    if (error.isEmpty()) {
        emit csvSaved(m_savePath);
        return;
    }
    const QString message = tr("Could not save %1: %2.\nChoose another folder, or check that the disk "
                               "has space and the file is not open elsewhere.")
                                .arg(QDir::toNativeSeparators(m_savePath), error);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Save CSV"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit csvSaveFailed(m_savePath, error);
}

bool TableDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The view copies only its current cell on Ctrl+C; copy the selection.
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        copySelection();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace es::ui
