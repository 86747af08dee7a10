#include "sources/sourcestatus.h"

#include "sources/sourcecontroller.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace es::ui {

namespace {

QString stateText(KafkaStatus::State s)
{
    switch (s) {
    case KafkaStatus::State::Connecting:
        return SourceStatus::tr("connecting");
    case KafkaStatus::State::Consuming:
        return SourceStatus::tr("consuming");
    case KafkaStatus::State::CaughtUp:
        return SourceStatus::tr("caught up");
    case KafkaStatus::State::Disconnected:
        return SourceStatus::tr("disconnected");
    case KafkaStatus::State::Stopped:
        return SourceStatus::tr("stopped");
    }
    return {};
}

QColor stateColor(KafkaStatus::State s)
{
    switch (s) {
    case KafkaStatus::State::Consuming:
    case KafkaStatus::State::CaughtUp:
        return QColor(0x2e, 0x9e, 0x4f);
    case KafkaStatus::State::Connecting:
        return QColor(0xd9, 0x8c, 0x1f);
    case KafkaStatus::State::Disconnected:
        return QColor(0xd0, 0x3b, 0x3b);
    case KafkaStatus::State::Stopped:
        break;
    }
    return QColor(0x88, 0x88, 0x88);
}

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat);
}

} // namespace

SourceStatus::SourceStatus(SourceController *sources, QWidget *parent)
    : QWidget(parent), m_sources(sources), m_layout(new QHBoxLayout(this)), m_import(new QWidget(this)),
      m_importLabel(new QLabel(m_import)), m_progress(new QProgressBar(m_import)),
      m_rate(new QLabel(m_import)), m_cancel(new QToolButton(m_import)), m_commit(new QLabel(this))
{
    setObjectName(QStringLiteral("sourceStatus"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(12);
    auto *importLayout = new QHBoxLayout(m_import);
    importLayout->setContentsMargins(0, 0, 0, 0);
    importLayout->setSpacing(6);
    m_importLabel->setObjectName(QStringLiteral("importLabel"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 1000);
    m_progress->setFixedWidth(140);
    m_progress->setMaximumHeight(16);
    m_progress->setTextVisible(true);
    m_rate->setObjectName(QStringLiteral("importRate"));
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the import; what was read is kept, and importing the file again continues "
                            "where it stopped"));
    m_cancel->setAutoRaise(true);
    importLayout->addWidget(m_importLabel);
    importLayout->addWidget(m_progress);
    importLayout->addWidget(m_rate);
    importLayout->addWidget(m_cancel);
    m_import->hide();
    m_layout->addWidget(m_import);
    m_commit->setObjectName(QStringLiteral("lastCommit"));
    m_layout->addWidget(m_commit);

    connect(m_cancel, &QToolButton::clicked, m_sources, &SourceController::cancelImport);
    connect(m_sources, &SourceController::importStarted, this, [this](int files) {
        m_importLabel->setText(tr("Importing %n file(s)…", nullptr, files));
        m_progress->setValue(0);
        m_rate->clear();
        m_cancel->setEnabled(true);
        m_import->show();
    });
    connect(m_sources, &SourceController::importProgress, this, &SourceStatus::onProgress);
    connect(m_sources, &SourceController::importFinished, this, &SourceStatus::onImportFinished);
    connect(m_sources, &SourceController::kafkaStatus, this, &SourceStatus::onKafkaStatus);
    connect(m_sources, &SourceController::kafkaFinished, this, &SourceStatus::onKafkaFinished);
    connect(m_sources, &SourceController::committed, this, [this](qint64 ms, qint64) {
        m_commit->setText(tr("Last commit %1").arg(timeText(ms)));
        m_commit->setToolTip(QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::LongFormat));
    });
}

QString SourceStatus::importText() const
{
    return m_import->isVisibleTo(this) ? m_importLabel->text() + QLatin1Char(' ') + m_rate->text()
                                       : QString();
}

QString SourceStatus::kafkaText(const QString &name) const
{
    const QLabel *l = m_kafka.value(name);
    return l ? l->text() : QString();
}

QString SourceStatus::commitText() const
{
    return m_commit->text();
}

void SourceStatus::onProgress(const ImportProgress &p, int fileIndex, int fileCount)
{
    const QLocale locale;
    const QString name = QFileInfo(p.path).fileName();
    m_importLabel->setText(fileCount > 1
                               ? tr("Importing %1 (%2 of %3)").arg(name).arg(fileIndex + 1).arg(fileCount)
                               : tr("Importing %1").arg(name));
    const int permille =
        p.bytesTotal > 0 ? int(std::min<qint64>(1000, p.bytesDone * 1000 / std::max<qint64>(1, p.bytesTotal)))
                         : 0;
    m_progress->setValue(permille);
    QString rate = tr("%1 lines/s").arg(locale.toString(qint64(p.linesPerSecond)));
    if (p.etaSeconds >= 0)
        rate += QStringLiteral(" · ") + tr("%n s left", nullptr, int(p.etaSeconds) + 1);
    m_rate->setText(rate);
}

void SourceStatus::onImportFinished(const QStringList &summary, bool ok, bool cancelled)
{
    m_import->hide();
    QString text = cancelled ? tr("Import cancelled") : ok ? tr("Import finished") : tr("Import failed");
    if (!summary.isEmpty())
        text += QStringLiteral(": ") + summary.first();
    if (summary.size() > 1)
        text += QStringLiteral(" ") + tr("(+%n more)", nullptr, int(summary.size() - 1));
    emit message(text);
}

void SourceStatus::onKafkaStatus(const QString &name, const KafkaStatus &s)
{
    QLabel *label = m_kafka.value(name);
    if (!label) {
        label = new QLabel(this);
        label->setObjectName(QStringLiteral("kafkaStatus"));
        label->setTextFormat(Qt::RichText);
        m_layout->insertWidget(m_layout->indexOf(m_commit), label);
        m_kafka.insert(name, label);
    }
    const QLocale locale;
    QString text = tr("%1: %2").arg(name.toHtmlEscaped(), stateText(s.state));
    if (s.paused)
        text += QLatin1Char(' ') + tr("(paused: the workspace is catching up)");
    if (s.state == KafkaStatus::State::Disconnected)
        text += QLatin1Char(' ') + tr("since %1").arg(timeText(s.sinceMs));
    if ((s.state == KafkaStatus::State::Consuming || s.state == KafkaStatus::State::CaughtUp) &&
        s.messagesPerSecond >= 0)
        text += QStringLiteral(" · ") + tr("%1 msg/s").arg(locale.toString(qint64(s.messagesPerSecond)));
    if (s.lag >= 0)
        text += QStringLiteral(" · ") + tr("lag %1").arg(locale.toString(s.lag));
    label->setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(stateColor(s.state).name(), text));
    QString tip =
        tr("%n partition(s) · %1 messages · %2 events · %3 malformed", nullptr, s.partitions)
            .arg(locale.toString(s.messages), locale.toString(s.records), locale.toString(s.malformed));
    if (!s.format.isEmpty())
        tip += QLatin1Char('\n') + tr("Format: %1").arg(s.format);
    if (!s.lastError.isEmpty())
        tip += QLatin1Char('\n') + tr("Last error: %1").arg(s.lastError);
    label->setToolTip(tip);
    label->setAccessibleName(text);
}

void SourceStatus::onKafkaFinished(const QString &name, const QString &error)
{
    if (QLabel *label = m_kafka.take(name))
        label->deleteLater();
    emit message(error.isEmpty() ? tr("Stopped consuming %1").arg(name)
                                 : tr("Consuming %1 stopped: %2").arg(name, error));
}

} // namespace es::ui
