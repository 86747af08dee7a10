#include "reports/sectionlistmodel.h"

#include "query/dimensions.h"
#include "query/labels.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>
#include <algorithm>

namespace es::ui {

namespace {

// At most `most` names, so that a KPI row of eight metrics stays readable;
// the tooltip has them all.
QString metricTitles(const ReportSection &s, int most = kMetricCount)
{
    QStringList names;
    for (MetricId m : s.metrics) {
        if (names.size() == most)
            break;
        names << Labels::metricTitle(m);
    }
    const QString list = names.join(SectionListModel::tr(", "));
    const int more = int(s.metrics.size()) - int(names.size());
    return more > 0 ? SectionListModel::tr("%1 and %n more", nullptr, more).arg(list) : list;
}

QString dimensionTitle(const QString &name)
{
    const auto d = Dimensions::fromName(name);
    return d ? Labels::dimensionTitle(*d) : name;
}

// The first line of a text section, short enough for the list.
QString firstLine(const QString &text)
{
    const QString line = text.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    constexpr int kMax = 48;
    return line.size() > kMax ? line.left(kMax - 1) + QChar(0x2026) : line;
}

} // namespace

SectionListModel::SectionListModel(QObject *parent) : QAbstractListModel(parent) {}

void SectionListModel::setSections(const std::vector<ReportSection> &sections)
{
    beginResetModel();
    m_sections = sections;
    endResetModel();
}

void SectionListModel::setSection(int row, const ReportSection &section)
{
    if (row < 0 || row >= rowCount() || m_sections[size_t(row)] == section)
        return;
    m_sections[size_t(row)] = section;
    const QModelIndex i = index(row);
    emit dataChanged(i, i);
}

void SectionListModel::insertSection(int row, const ReportSection &section)
{
    row = std::clamp(row, 0, rowCount());
    beginInsertRows({}, row, row);
    m_sections.insert(m_sections.begin() + row, section);
    endInsertRows();
}

void SectionListModel::setProblem(int row, const QString &message)
{
    if (row >= rowCount())
        row = -1;
    if (row == m_problemRow && message == m_problem)
        return;
    const int old = std::exchange(m_problemRow, row);
    m_problem = row < 0 ? QString() : message;
    for (int r : {old, row}) {
        if (r >= 0 && r < rowCount())
            emit dataChanged(index(r), index(r), {Qt::DecorationRole, Qt::ToolTipRole});
    }
}

QString SectionListModel::summary(const ReportSection &s)
{
    QString what = s.title.trimmed();
    if (what.isEmpty()) {
        switch (s.kind) {
        case SectionKind::Kpis:
        case SectionKind::TimeSeries:
            what = s.metrics.empty() ? tr("no metrics") : metricTitles(s, 3);
            break;
        case SectionKind::Text:
            what = s.text.trimmed().isEmpty() ? tr("no text yet") : firstLine(s.text);
            break;
        case SectionKind::Breakdown:
        case SectionKind::Pie:
        case SectionKind::Movers:
        case SectionKind::Alerts:
            what = ReportTemplates::autoTitle(s);
            break;
        }
    }
    return tr("%1 — %2").arg(ReportTemplates::kindTitle(s.kind), what);
}

int SectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sections.size());
}

QVariant SectionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportSection &s = m_sections[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return summary(s);
    case Qt::ToolTipRole: {
        QStringList lines{ReportTemplates::kindTitle(s.kind)};
        if (index.row() == m_problemRow)
            lines.prepend(m_problem);
        if (!s.metrics.empty())
            lines << tr("Metrics: %1").arg(metricTitles(s));
        if (ReportTemplates::needsDimension(s.kind))
            lines << tr("Dimension: %1, top %2").arg(dimensionTitle(s.dimension)).arg(s.topN);
        lines << tr("Title in the report: %1")
                     .arg(s.title.trimmed().isEmpty() ? ReportTemplates::autoTitle(s) : s.title.trimmed());
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::DecorationRole:
        if (index.row() == m_problemRow)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case KindRole:
        return int(s.kind);
    default:
        return {};
    }
}

Qt::ItemFlags SectionListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

bool SectionListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_sections.erase(m_sections.begin() + row, m_sections.begin() + row + count);
    endRemoveRows();
    return true;
}

bool SectionListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 ||
        sourceRow + count > rowCount() || destinationChild < 0 || destinationChild > rowCount())
        return false;
    // Moving a block onto itself or just past its end changes nothing, and
    // beginMoveRows() refuses it.
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const auto first = m_sections.begin() + sourceRow;
    const auto last = first + count;
    if (destinationChild < sourceRow)
        std::rotate(m_sections.begin() + destinationChild, first, last);
    else
        std::rotate(first, last, m_sections.begin() + destinationChild);
    endMoveRows();
    return true;
}

} // namespace es::ui
