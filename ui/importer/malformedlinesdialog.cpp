#include "importer/malformedlinesdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace es::ui {

MalformedSamplesModel::MalformedSamplesModel(std::vector<MalformedSample> samples, QObject *parent)
    : QAbstractTableModel(parent), m_samples(std::move(samples))
{}

int MalformedSamplesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_samples.size());
}

int MalformedSamplesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MalformedSamplesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MalformedSample &s = m_samples[size_t(index.row())];
    const QString text = QString::fromUtf8(s.text.data(), qsizetype(s.text.size()));
    if (role == Qt::ToolTipRole)
        return text;
    if (role == Qt::TextAlignmentRole && index.column() == LineColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LineColumn:
        return qint64(s.lineNo);
    case ReasonColumn:
        return QString::fromStdString(s.reason);
    case TextColumn:
        return text;
    default:
        return {};
    }
}

QVariant MalformedSamplesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ReasonColumn:
        return tr("Reason");
    case TextColumn:
        return tr("Text");
    default:
        return {};
    }
}

MalformedLinesDialog::MalformedLinesDialog(const QString &fileName, std::vector<MalformedSample> samples,
                                           qint64 total, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Malformed Lines of %1").arg(fileName));
    const qint64 shown = qint64(samples.size());
    m_model = new MalformedSamplesModel(std::move(samples), this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("malformedView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnToContents(MalformedSamplesModel::LineColumn);
    m_view->resizeColumnToContents(MalformedSamplesModel::ReasonColumn);

    const QLocale locale;
    auto *intro = new QLabel(
        shown < total
            ? tr("%1 of %2 lines could not be read; the first %3 are shown. They were counted and "
                 "left out; the rest of the file was imported.")
                  .arg(fileName, locale.toString(total), locale.toString(shown))
            : tr("%1 has %n malformed line(s). They were counted and left out; the rest of the file "
                 "was imported.",
                 nullptr, int(total))
                  .arg(fileName),
        this);
    intro->setWordWrap(true);

    // The whole selected line, for lines wider than the table.
    auto *line = new QPlainTextEdit(this);
    line->setObjectName(QStringLiteral("lineText"));
    line->setReadOnly(true);
    line->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    line->setPlaceholderText(tr("Select a line to see it whole."));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, line](const QModelIndex &current) {
                line->setPlainText(
                    m_model->index(current.row(), MalformedSamplesModel::TextColumn).data().toString());
            });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(line);
    layout->addWidget(buttons);
    resize(760, 420);
}

} // namespace es::ui
