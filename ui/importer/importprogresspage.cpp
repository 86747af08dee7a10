#include "importer/importprogresspage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace es::ui {

namespace {

constexpr int kBarRange = 1000;

int permille(qint64 done, qint64 total)
{
    if (total <= 0)
        return 0;
    return int(std::clamp<qint64>(done * kBarRange / total, 0, kBarRange));
}

QString duration(double secs)
{
    const int seconds = std::max(1, int(secs + 0.5));
    const int minutes = int(secs / 60 + 0.5);
    return secs < 60 ? ImportProgressPage::tr("%n second(s)", nullptr, seconds)
                     : ImportProgressPage::tr("%n minute(s)", nullptr, minutes);
}

} // namespace

ImportProgressPage::ImportProgressPage(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_rowsWidget(new QWidget),
      m_grid(new QGridLayout(m_rowsWidget)), m_overall(new QProgressBar(this)), m_rate(new QLabel(this))
{
    m_overall->setObjectName(QStringLiteral("overallBar"));
    m_overall->setRange(0, kBarRange);
    m_overall->setFormat(QStringLiteral("%p%"));
    m_rate->setObjectName(QStringLiteral("rateLabel"));
    m_grid->setColumnStretch(1, 1);
    m_grid->setAlignment(Qt::AlignTop);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_rowsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);
    auto *overallLabel = new QLabel(tr("All files:"), this);
    layout->addWidget(overallLabel);
    layout->addWidget(m_overall);
    layout->addWidget(m_rate);
}

void ImportProgressPage::start(const QStringList &paths, const QList<qint64> &sizes, bool follow)
{
    for (Row &r : m_rows) {
        delete r.name;
        delete r.bar;
        delete r.status;
    }
    m_rows.clear();
    m_follow = follow;
    m_heading->setText(
        follow ? tr("Importing %n file(s), then following them for new lines…", nullptr, int(paths.size()))
               : tr("Importing %n file(s)…", nullptr, int(paths.size())));
    for (int i = 0; i < paths.size(); ++i) {
        Row r;
        r.name = new QLabel(QFileInfo(paths[i]).fileName(), m_rowsWidget);
        r.name->setToolTip(paths[i]);
        r.bar = new QProgressBar(m_rowsWidget);
        r.bar->setRange(0, kBarRange);
        r.bar->setValue(0);
        r.bar->setFormat(QStringLiteral("%p%"));
        r.status = new QLabel(tr("waiting"), m_rowsWidget);
        r.status->setMinimumWidth(
            fontMetrics().horizontalAdvance(QStringLiteral("000,000,000 lines, 000,000 malformed")));
        r.size = i < sizes.size() ? std::max<qint64>(0, sizes[i]) : 0;
        m_grid->addWidget(r.name, i, 0);
        m_grid->addWidget(r.bar, i, 1);
        m_grid->addWidget(r.status, i, 2);
        m_rows.push_back(r);
    }
    m_overall->setValue(0);
    m_rate->setText(tr("Starting…"));
    m_clock.start();
}

void ImportProgressPage::showProgress(const ImportProgress &p, int fileIndex, int)
{
    const QLocale locale;
    if (p.following && p.path.isEmpty()) {
        // Every followed file is caught up.
        for (Row &r : m_rows) {
            r.done = r.size;
            r.bar->setValue(kBarRange);
            r.status->setText(tr("following: %1 lines, waiting for more")
                                  .arg(locale.toString(r.earlierLines + r.roundLines)));
        }
        updateOverall();
        m_rate->setText(tr("Caught up; new lines are imported as they are written."));
        return;
    }
    if (fileIndex < 0 || fileIndex >= int(m_rows.size()))
        return;
    // Files before this one are done (an already imported file sends nothing).
    for (int i = 0; i < fileIndex; ++i) {
        Row &before = m_rows[size_t(i)];
        if (before.done < before.size) {
            before.done = before.size;
            before.bar->setValue(kBarRange);
        }
    }
    Row &r = m_rows[size_t(fileIndex)];
    if (p.bytesTotal > 0)
        r.size = p.bytesTotal;
    r.done = std::min<qint64>(p.bytesDone, r.size);
    r.bar->setValue(permille(r.done, r.size));
    if (m_follow && p.lines < r.roundLines)
        r.earlierLines += r.roundLines; // a new round of a followed file
    r.roundLines = p.lines;
    r.status->setText(tr("%1 lines, %2 malformed")
                          .arg(locale.toString(r.earlierLines + p.lines), locale.toString(p.malformed)));
    updateOverall();

    QString rate = tr("%1 lines/s").arg(locale.toString(qRound64(p.linesPerSecond)));
    qint64 total = 0, done = 0;
    for (const Row &row : m_rows) {
        total += row.size;
        done += row.done;
    }
    const double secs = double(m_clock.elapsed()) / 1000.0;
    if (!p.following && done > 0 && total > done && secs > 0.2)
        rate += QStringLiteral(" · ") +
                tr("about %1 left").arg(duration(double(total - done) * secs / double(done)));
    else if (p.etaSeconds >= 0)
        rate += QStringLiteral(" · ") + tr("about %1 left").arg(duration(p.etaSeconds));
    m_rate->setText(rate);
}

void ImportProgressPage::finish(const std::vector<FileImportResult> &results)
{
    for (const FileImportResult &res : results) {
        for (Row &r : m_rows) {
            if (r.name->toolTip() != res.path || res.status == FileImportResult::Status::Cancelled ||
                res.status == FileImportResult::Status::Failed)
                continue;
            r.done = r.size;
            r.bar->setValue(kBarRange);
        }
    }
    updateOverall();
    m_rate->setText(tr("Done."));
}

void ImportProgressPage::updateOverall()
{
    qint64 total = 0, done = 0;
    for (const Row &r : m_rows) {
        total += r.size;
        done += r.done;
    }
    m_overall->setValue(total > 0 ? permille(done, total) : 0);
}

QString ImportProgressPage::rateText() const
{
    return m_rate->text();
}

} // namespace es::ui
