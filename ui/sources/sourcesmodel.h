#pragma once
// The rows of the sources panel: every file and Kafka source of the workspace
// (SourceCatalog) with what it is doing now — importing, following, caught
// up, consuming, disconnected, paused, error — as the SourceController
// reports it. Kafka consumers that have not committed yet get a row of their
// own, so a new connection shows at once.

#include "ingest/kafkaconsumer.h"
#include "ingest/sourcecatalog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <vector>

namespace es::ui {

class SourcesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Type, State, Events, Malformed, Lag, LastCheckpoint, Location, ColumnCount };
    enum class RowState {
        Idle,
        Importing,
        Following,
        CaughtUp,
        Connecting,
        Consuming,
        Disconnected,
        Paused,
        Error
    };

    struct Row
    {
        SourceInfo info;  // id 0 for a consumer that has not committed yet
        QString consumer; // the running (or paused) consumer's profile name
        QString topic;    // Kafka: the topic
        RowState state = RowState::Idle;
        QString detail;  // the error, or the import's progress
        double rate = 0; // lines or messages per second while running
        std::int64_t lag = -1;
        std::vector<std::pair<int, std::int64_t>> partitionLag;
    };

    explicit SourcesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The workspace's sources as last read.
    void setSources(std::vector<SourceInfo> sources);
    // Live state from the SourceController.
    void setImport(const QString &path, bool following, double linesPerSecond, const QString &detail);
    void clearImport();
    void setImportError(const QString &path, const QString &error);
    void setKafka(const QString &name, const QString &topic, const KafkaStatus &status);
    void setKafkaStopped(const QString &name, const QString &error, bool paused);
    void forgetKafka(const QString &name);
    void clear();

    const Row *row(int r) const { return r >= 0 && r < int(m_rows.size()) ? &m_rows[size_t(r)] : nullptr; }
    // The row of a source id, -1 when none.
    int rowOfSource(std::int64_t id) const;
    static QString stateText(RowState s);

private:
    struct Consumer
    {
        QString topic;
        KafkaStatus status;
        bool running = true;
        bool paused = false;
        QString error;
    };
    void rebuildRows();

    std::vector<SourceInfo> m_sources;
    QString m_importPath;
    bool m_importFollowing = false;
    double m_importRate = 0;
    QString m_importDetail;
    QHash<QString, QString> m_fileErrors; // path -> last error
    QHash<QString, Consumer> m_consumers; // by profile name
    std::vector<Row> m_rows;
};

} // namespace es::ui
