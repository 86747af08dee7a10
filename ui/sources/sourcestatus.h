#pragma once
// The status-bar part of the inputs: the running import with a progress bar,
// its rate and a Cancel button; one entry per Kafka consumer with its state
// (a coloured dot), rate and lag; and the time of the last commit.

#include "ingest/importtypes.h"
#include "ingest/kafkaconsumer.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;
class QHBoxLayout;

namespace es::ui {

class SourceController;

class SourceStatus : public QWidget
{
    Q_OBJECT
public:
    explicit SourceStatus(SourceController *sources, QWidget *parent = nullptr);

    // Texts, for tests.
    QString importText() const;
    QString kafkaText(const QString &name) const;
    QString commitText() const;

signals:
    void message(const QString &text); // a one-off message for the status bar

private:
    void onProgress(const es::ImportProgress &p, int fileIndex, int fileCount);
    void onImportFinished(const QStringList &summary, bool ok, bool cancelled);
    void onKafkaStatus(const QString &name, const es::KafkaStatus &s);
    void onKafkaFinished(const QString &name, const QString &error);

    SourceController *m_sources;
    QHBoxLayout *m_layout;
    QWidget *m_import;
    QLabel *m_importLabel;
    QProgressBar *m_progress;
    QLabel *m_rate;
    QToolButton *m_cancel;
    QHash<QString, QLabel *> m_kafka;
    QLabel *m_commit;
};

} // namespace es::ui
