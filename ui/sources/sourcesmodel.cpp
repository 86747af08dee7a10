#include "sources/sourcesmodel.h"

#include "common/displaypath.h"
#include "common/problemfooter.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QPalette>
#include <QStyle>

namespace es::ui {

namespace {

bool isKafkaOf(const SourceInfo &s, const QString &topic)
{
    return s.kind == QLatin1String("kafka") && !topic.isEmpty() && s.uri.endsWith(QLatin1Char('/') + topic);
}

SourcesModel::RowState kafkaRowState(KafkaStatus::State s)
{
    switch (s) {
    case KafkaStatus::State::Connecting:
        return SourcesModel::RowState::Connecting;
    case KafkaStatus::State::Consuming:
        return SourcesModel::RowState::Consuming;
    case KafkaStatus::State::CaughtUp:
        return SourcesModel::RowState::CaughtUp;
    case KafkaStatus::State::Disconnected:
        return SourcesModel::RowState::Disconnected;
    case KafkaStatus::State::Stopped:
        return SourcesModel::RowState::Paused;
    }
    return SourcesModel::RowState::Idle;
}

} // namespace

SourcesModel::SourcesModel(QObject *parent) : QAbstractTableModel(parent) {}

int SourcesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourcesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SourcesModel::stateText(RowState s)
{
    switch (s) {
    case RowState::Idle:
        return tr("Imported");
    case RowState::Importing:
        return tr("Importing");
    case RowState::Following:
        return tr("Following");
    case RowState::CaughtUp:
        return tr("Caught up");
    case RowState::Connecting:
        return tr("Connecting");
    case RowState::Consuming:
        return tr("Consuming");
    case RowState::Disconnected:
        return tr("Disconnected");
    case RowState::Paused:
        return tr("Paused");
    case RowState::Error:
        return tr("Error");
    }
    return {};
}

QVariant SourcesModel::data(const QModelIndex &index, int role) const
{
    const Row *r = row(index.row());
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const QLocale locale;
    const bool kafka = r->info.kind == QLatin1String("kafka") || !r->consumer.isEmpty();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return r->info.displayName.isEmpty() ? r->consumer : r->info.displayName;
        case Type:
            return kafka ? tr("Kafka topic") : tr("File");
        case State: {
            QString text = kafka && r->state == RowState::Idle ? tr("Not connected") : stateText(r->state);
            if (r->rate > 0 && (r->state == RowState::Importing || r->state == RowState::Consuming))
                text = tr("%1 · %2/s").arg(text, locale.toString(qRound64(r->rate)));
            return text;
        }
        case Events:
            return locale.toString(qlonglong(r->info.records));
        case Malformed:
            return locale.toString(qlonglong(r->info.malformed));
        case Lag:
            return !kafka || r->lag < 0 ? QVariant() : QVariant(locale.toString(qlonglong(r->lag)));
        case LastCheckpoint:
            return r->info.updatedMs > 0 ? locale.toString(QDateTime::fromMSecsSinceEpoch(r->info.updatedMs),
                                                           QLocale::ShortFormat)
                                         : QString();
        case Location: {
            if (kafka)
                return r->topic.isEmpty() ? r->info.uri : r->topic;
            return displayPath(r->info.uri);
        }
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Events:
            return qlonglong(r->info.records);
        case Malformed:
            return qlonglong(r->info.malformed);
        case Lag:
            return qlonglong(r->lag);
        case LastCheckpoint:
            return qlonglong(r->info.updatedMs);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Events || index.column() == Malformed || index.column() == Lag))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (index.column() == State && !r->detail.isEmpty())
            return r->detail;
        if (index.column() == Lag && !r->partitionLag.empty()) {
            QStringList lines;
            for (const auto &[p, lag] : r->partitionLag)
                lines << tr("Partition %1: %2")
                             .arg(p)
                             .arg(lag < 0 ? tr("unknown") : locale.toString(qlonglong(lag)));
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == Location)
            return kafka ? r->info.uri : QDir::toNativeSeparators(r->info.uri);
    }
    if (role == Qt::ForegroundRole && index.column() == State &&
        (r->state == RowState::Error || r->state == RowState::Disconnected))
        return errorColor(QApplication::palette());
    if (role == Qt::DecorationRole && index.column() == Name) {
        QStyle *style = QApplication::style();
        if (r->state == RowState::Error)
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        return style->standardIcon(kafka ? QStyle::SP_DriveNetIcon : QStyle::SP_FileIcon);
    }
    return {};
}

QVariant SourcesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Source");
    case Type:
        return tr("Type");
    case State:
        return tr("State");
    case Events:
        return tr("Events");
    case Malformed:
        return tr("Malformed");
    case Lag:
        return tr("Lag");
    case LastCheckpoint:
        return tr("Last checkpoint");
    case Location:
        return tr("Location");
    }
    return {};
}

void SourcesModel::setSources(std::vector<SourceInfo> sources)
{
    m_sources = std::move(sources);
    rebuildRows();
}

void SourcesModel::setImport(const QString &path, bool following, double linesPerSecond,
                             const QString &detail)
{
    m_importPath = path;
    m_importFollowing = following;
    m_importRate = linesPerSecond;
    m_importDetail = detail;
    m_fileErrors.remove(path);
    rebuildRows();
}

void SourcesModel::clearImport()
{
    m_importPath.clear();
    m_importRate = 0;
    m_importDetail.clear();
    rebuildRows();
}

void SourcesModel::setImportError(const QString &path, const QString &error)
{
    m_fileErrors.insert(path, error);
    rebuildRows();
}

void SourcesModel::setKafka(const QString &name, const QString &topic, const KafkaStatus &status)
{
    Consumer &c = m_consumers[name];
    c.topic = topic;
    c.status = status;
    c.running = true;
    c.paused = false;
    c.error.clear();
    rebuildRows();
}

void SourcesModel::setKafkaStopped(const QString &name, const QString &error, bool paused)
{
    auto it = m_consumers.find(name);
    if (it == m_consumers.end())
        return;
    it->running = false;
    it->paused = paused;
    it->error = error;
    rebuildRows();
}

void SourcesModel::forgetKafka(const QString &name)
{
    if (m_consumers.remove(name))
        rebuildRows();
}

void SourcesModel::clear()
{
    m_sources.clear();
    m_consumers.clear();
    m_fileErrors.clear();
    m_importPath.clear();
    rebuildRows();
}

int SourcesModel::rowOfSource(std::int64_t id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].info.id == id)
            return int(i);
    return -1;
}

void SourcesModel::rebuildRows()
{
    std::vector<Row> rows;
    QSet<QString> placed;
    for (const SourceInfo &s : m_sources) {
        Row r;
        r.info = s;
        if (s.kind == QLatin1String("file")) {
            if (!m_importPath.isEmpty() && s.uri == m_importPath) {
                r.state = m_importFollowing ? RowState::Following : RowState::Importing;
                r.rate = m_importRate;
                r.detail = m_importDetail;
            } else if (m_fileErrors.contains(s.uri)) {
                r.state = RowState::Error;
                r.detail = m_fileErrors.value(s.uri);
            }
        } else {
            for (auto it = m_consumers.cbegin(); it != m_consumers.cend(); ++it) {
                if (!isKafkaOf(s, it->topic) || placed.contains(it.key()))
                    continue;
                placed.insert(it.key());
                r.consumer = it.key();
                r.topic = it->topic;
                if (!it->error.isEmpty()) {
                    r.state = RowState::Error;
                    r.detail = it->error;
                } else if (!it->running) {
                    r.state = RowState::Paused;
                } else {
                    r.state = kafkaRowState(it->status.state);
                    r.rate = it->status.messagesPerSecond;
                    r.lag = it->status.lag;
                    r.partitionLag = it->status.partitionLag;
                    r.detail = it->status.lastError;
                }
                break;
            }
            if (r.consumer.isEmpty())
                r.state = RowState::Idle; // not connected in this window
        }
        rows.push_back(std::move(r));
    }
    for (auto it = m_consumers.cbegin(); it != m_consumers.cend(); ++it) {
        if (placed.contains(it.key()))
            continue;
        Row r;
        r.info.kind = QStringLiteral("kafka");
        r.info.displayName = it.key();
        r.consumer = it.key();
        r.topic = it->topic;
        r.state = !it->error.isEmpty() ? RowState::Error
                  : it->running        ? kafkaRowState(it->status.state)
                                       : RowState::Paused;
        r.detail = it->error.isEmpty() ? it->status.lastError : it->error;
        r.rate = it->running ? it->status.messagesPerSecond : 0;
        r.lag = it->running ? it->status.lag : -1;
        r.partitionLag = it->status.partitionLag;
        r.info.records = it->status.records;
        r.info.malformed = it->status.malformed;
        rows.push_back(std::move(r));
    }
    const bool sameShape =
        rows.size() == m_rows.size() &&
        std::equal(rows.begin(), rows.end(), m_rows.begin(), [](const Row &a, const Row &b) {
            return a.info.id == b.info.id && a.consumer == b.consumer;
        });
    if (sameShape) {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

} // namespace es::ui
