// The import dialog on real logs: the detected format and its confidence,
// the preview's fields equal to what the line itself says, a malformed line
// marked with its reason, a custom LogFormat re-parsing the preview and a
// bad one keeping Import disabled; then an import with progress up to 100%
// and a summary whose events and malformed lines equal counts made here
// independently (a regular expression over the files), "already imported"
// the second time, and the malformed lines of a file. Files dropped on the
// main window open the dialog with them. With ES_SCREENSHOT_DIR set, the
// dialog is saved as import-dialog.png and import-summary.png.

#include "../support/screenshots.h"
#include "core/localization.h"
#include "importer/importdialog.h"
#include "importer/importfilelistmodel.h"
#include "importer/importpreviewmodel.h"
#include "importer/importprogresspage.h"
#include "importer/importsummarymodel.h"
#include "importer/importsummarypage.h"
#include "importer/malformedlinesdialog.h"
#include "mainwindow/mainwindow.h"
#include "settings/preferences.h"
#include "sources/sourceactions.h"
#include "sources/sourcecontroller.h"
#include "store/writer.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace es;
using namespace es::ui;

namespace {

const QString kCombined = QStringLiteral(ES_SHARED_DATA_DIR "/access_logs/elastic_apache_logs.log");
// NASA's log as uploaded, with records hard-wrapped in two lines (38/39).
const QString kNasa = QStringLiteral(ES_SHARED_DATA_DIR "/edge_cases/nasa_aug95_sample_wrapped_lines.log");

// A whole common or combined line, written independently of the parsers.
const QRegularExpression
    kLine(QStringLiteral("^(\\S+) \\S+ \\S+ \\[([^\\]]+)\\] \"(\\S+) (\\S+) [^\"]*\" (\\d{3}) (\\d+|-)"
                         "( \"([^\"]*)\" \"([^\"]*)\")?$"));

struct Counts
{
    qint64 good = 0, bad = 0;
};

Counts countLines(const QString &path)
{
    Counts c;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {-1, -1};
    while (!f.atEnd()) {
        QByteArray line = f.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        (kLine.match(QString::fromLatin1(line)).hasMatch() ? c.good : c.bad) += 1;
    }
    return c;
}

QString lineOf(const QString &path, int lineNo)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (int i = 1; !f.atEnd(); ++i) {
        const QByteArray line = f.readLine();
        if (i == lineNo)
            return QString::fromLatin1(line).trimmed();
    }
    return {};
}

QString cell(const ImportPreviewModel *m, int row, PreviewField f)
{
    const int col = m->columnOf(f);
    return col < 0 ? QStringLiteral("<no column>") : m->index(row, col).data().toString();
}

int rowOfFile(const ImportFileListModel *m, const QString &path)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(ImportFileListModel::PathRole).toString() ==
            QFileInfo(path).absoluteFilePath())
            return r;
    }
    return -1;
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bad; // lines 30-69 of the NASA log: lines 9 and 10 are the two halves of a record

    // Opens a dialog on `files` and waits until they are listed and one is previewed.
    static bool waitForFiles(ImportDialog &d, int count)
    {
        return QTest::qWaitFor(
            [&] {
                return d.fileModel()->rowCount() == count && !d.fileModel()->isBusy() &&
                       !d.shownPreview().path.isEmpty();
            },
            20000);
    }

    // Selects a file and waits for its preview.
    static bool previewFile(ImportDialog &d, const QString &path)
    {
        const int row = rowOfFile(d.fileModel(), path);
        if (row < 0)
            return false;
        d.fileView()->setCurrentIndex(d.fileModel()->index(row, 0));
        return QTest::qWaitFor([&] { return d.shownPreview().path == QFileInfo(path).absoluteFilePath(); },
                               20000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings().clear();
        es::installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); // plural forms
        QVERIFY(m_dir.isValid());
        if (!QFile::exists(kCombined) || !QFile::exists(kNasa))
            QSKIP("the shared real-log folder is not there");
        QFile in(kNasa);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray part;
        for (int i = 1; i < 70 && !in.atEnd(); ++i) {
            const QByteArray line = in.readLine();
            if (i >= 30)
                part += line;
        }
        m_bad = m_dir.filePath(QStringLiteral("nasa-part.log"));
        QFile out(m_bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(part), part.size());
    }

    void previewFormatsAndImport()
    {
        SourceController sources;
        sources.setWorkspace(m_dir.filePath(QStringLiteral("import.eventscope")));
        ImportDialog d(&sources);
        QAbstractItemModelTester fileTester(d.fileModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester previewTester(d.previewModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        d.show();
        QVERIFY(!d.importButton()->isEnabled()); // no files yet
        d.addPaths({kCombined, m_bad});
        QVERIFY(waitForFiles(d, 2));

        // Detection per file.
        const int combinedRow = rowOfFile(d.fileModel(), kCombined);
        QVERIFY(combinedRow >= 0);
        QCOMPARE(d.fileModel()->formatOf(combinedRow), QStringLiteral("combined"));
        QVERIFY(d.fileModel()->confidenceOf(combinedRow) >= 0.99);
        QCOMPARE(d.fileModel()->index(combinedRow, ImportFileListModel::ConfidenceColumn).data().toString(),
                 QStringLiteral("100%"));
        QCOMPARE(d.fileModel()->formatOf(rowOfFile(d.fileModel(), m_bad)), QStringLiteral("common"));

        // The preview of the combined log: 20 lines, fields as the line says.
        QVERIFY(previewFile(d, kCombined));
        const ImportPreviewModel *pm = d.previewModel();
        QCOMPARE(pm->rowCount(), 20);
        QVERIFY(d.previewInfo()->text().contains(QStringLiteral("Detected: combined")));
        const QString line3 = lineOf(kCombined, 3);
        const QRegularExpressionMatch m = kLine.match(line3);
        QVERIFY2(m.hasMatch(), qPrintable(line3));
        QCOMPARE(pm->index(2, 0).data().toLongLong(), 3);
        QCOMPARE(cell(pm, 2, PreviewField::ClientIp), m.captured(1));
        QCOMPARE(cell(pm, 2, PreviewField::Method), m.captured(3));
        QCOMPARE(m.captured(4).startsWith(cell(pm, 2, PreviewField::Path)), true);
        QCOMPARE(cell(pm, 2, PreviewField::Status), m.captured(5));
        QCOMPARE(cell(pm, 2, PreviewField::Bytes), m.captured(6));
        QCOMPARE(cell(pm, 2, PreviewField::Referrer),
                 m.captured(8) == QLatin1String("-") ? QString() : m.captured(8));
        QCOMPARE(cell(pm, 2, PreviewField::UserAgent), m.captured(9));
        // "17/May/2015:10:05:43 +0000" shown in UTC.
        const QDateTime ts =
            QDateTime::fromString(m.captured(2).left(20), QStringLiteral("dd/MMM/yyyy:HH:mm:ss"));
        QVERIFY(ts.isValid());
        QCOMPARE(cell(pm, 2, PreviewField::Time), ts.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(pm->columnOf(PreviewField::EventType), -1); // no column for a field no line has

        // The NASA part: lines 9 and 10 are malformed, each with its reason.
        QVERIFY(previewFile(d, m_bad));
        QCOMPARE(pm->rowCount(), 20);
        for (int row : {8, 9}) {
            QCOMPARE(pm->index(row, 0).data(ImportPreviewModel::ResultRole).toInt(),
                     int(ParseResult::Malformed));
            const QString reason = pm->index(row, pm->problemColumn()).data().toString();
            QVERIFY(!reason.isEmpty());
            QVERIFY(pm->index(row, 0).data(Qt::ToolTipRole).toString().contains(reason));
            QVERIFY(pm->index(row, 0).data(Qt::ToolTipRole).toString().contains(lineOf(m_bad, row + 1)));
            QVERIFY(pm->index(row, 3).data(Qt::BackgroundRole).isValid());
            QCOMPARE(pm->index(row, ImportPreviewModel::kFirstFieldColumn).data().toString(),
                     lineOf(m_bad, row + 1));
            QVERIFY(!pm->index(row, 0).data(Qt::DecorationRole).isNull());
        }
        QCOMPARE(pm->index(0, 0).data(ImportPreviewModel::ResultRole).toInt(), int(ParseResult::Ok));
        QVERIFY(!pm->index(0, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(cell(pm, 0, PreviewField::ClientIp), kLine.match(lineOf(m_bad, 1)).captured(1));
        QVERIFY2(d.previewInfo()->text().contains(QStringLiteral("2 malformed")),
                 qPrintable(d.previewInfo()->text()));
        QVERIFY(d.importButton()->isEnabled());

        d.siteEdit()->setText(QStringLiteral("www.nasa.gov"));
        QVERIFY(d.grab().save(es::test::screenshotPath(m_dir, QStringLiteral("import-dialog.png"))));
        d.siteEdit()->clear();

        // A custom LogFormat: the preview is parsed again with it as it is typed.
        d.formatCombo()->setCurrentIndex(d.formatCombo()->findData(QStringLiteral("custom")));
        QVERIFY(!d.importButton()->isEnabled()); // no pattern yet
        QVERIFY(!d.problemLabel()->text().isEmpty());
        const QString noBytes = QStringLiteral("%h %l %u %t \"%r\" %>s");
        QTest::keyClicks(d.customFormatEdit(), noBytes);
        QTRY_VERIFY_WITH_TIMEOUT(d.shownPreview().format == QStringLiteral("custom:") + noBytes, 20000);
        QCOMPARE(pm->columnOf(PreviewField::Bytes), -1);
        QTest::keyClicks(d.customFormatEdit(), QStringLiteral(" %b"));
        QTRY_VERIFY_WITH_TIMEOUT(
            d.shownPreview().format == QStringLiteral("custom:") + noBytes + QStringLiteral(" %b"), 20000);
        const QRegularExpressionMatch first = kLine.match(lineOf(m_bad, 1));
        QCOMPARE(cell(pm, 0, PreviewField::Bytes), first.captured(6));
        QCOMPARE(cell(pm, 0, PreviewField::Status), first.captured(5));
        QCOMPARE(pm->index(8, 0).data(ImportPreviewModel::ResultRole).toInt(), int(ParseResult::Malformed));
        QVERIFY(d.importButton()->isEnabled());
        // A bad pattern: its error is shown and Import is disabled.
        d.customFormatEdit()->setText(QStringLiteral("%h %{oops"));
        emit d.customFormatEdit()->textEdited(d.customFormatEdit()->text());
        QVERIFY(!d.importButton()->isEnabled());
        QVERIFY(!d.problemLabel()->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!d.shownPreview().formatError.isEmpty(), 5000);
        QCOMPARE(pm->rowCount(), 0);
        d.formatCombo()->setCurrentIndex(0); // detect again
        QTRY_VERIFY_WITH_TIMEOUT(d.shownPreview().format == QStringLiteral("common"), 20000);
        QVERIFY(d.importButton()->isEnabled());

        // Import with progress.
        const Counts combined = countLines(kCombined);
        const Counts bad = countLines(m_bad);
        QCOMPARE(combined.good + combined.bad, 10000);
        QSignalSpy progress(&sources, &SourceController::importProgress);
        QSignalSpy done(&d, &ImportDialog::importDone);
        QVERIFY(d.startImport());
        QCOMPARE(d.pages()->currentWidget(), d.progressPage());
        QVERIFY(done.wait(120000));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(d.progressPage()->overallBar()->value(), d.progressPage()->overallBar()->maximum());
        QCOMPARE(d.progressPage()->fileBar(0)->value(), d.progressPage()->fileBar(0)->maximum());
        QCOMPARE(d.pages()->currentWidget(), d.summaryPage());

        ImportSummaryModel *sm = d.summaryPage()->model();
        QAbstractItemModelTester summaryTester(sm, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(sm->rowCount(), 2);
        for (int r = 0; r < 2; ++r) {
            const bool isCombined = sm->result(r).path == QFileInfo(kCombined).absoluteFilePath();
            const Counts &want = isCombined ? combined : bad;
            QCOMPARE(sm->index(r, ImportSummaryModel::StatusColumn).data().toString(),
                     QStringLiteral("imported"));
            QCOMPARE(sm->index(r, ImportSummaryModel::EventsColumn).data(Qt::EditRole).toLongLong(),
                     want.good);
            QCOMPARE(sm->index(r, ImportSummaryModel::MalformedColumn).data(Qt::EditRole).toLongLong(),
                     want.bad);
            QVERIFY(sm->index(r, ImportSummaryModel::RateColumn).data(Qt::EditRole).toDouble() > 0);
        }
        QCOMPARE(prefs::recentLogFiles.get().size(), 2);

        // The malformed lines of the file shown first (the first with any).
        QVERIFY(d.summaryPage()->malformedButton()->isEnabled());
        MalformedLinesDialog *ml = d.summaryPage()->showMalformed();
        QVERIFY(ml);
        const int selected = d.summaryPage()->view()->currentIndex().row();
        const FileImportResult &withBad = sm->result(selected);
        QCOMPARE(ml->model()->rowCount(), int(withBad.samples.size()));
        QVERIFY(ml->model()->rowCount() >= 1);
        const qint64 badLine = ml->model()->index(0, MalformedSamplesModel::LineColumn).data().toLongLong();
        QCOMPARE(ml->model()->index(0, MalformedSamplesModel::TextColumn).data().toString(),
                 lineOf(withBad.path, int(badLine)));
        QVERIFY(!ml->model()->index(0, MalformedSamplesModel::ReasonColumn).data().toString().isEmpty());
        ml->close();
        d.resize(900, 420);
        QVERIFY(d.grab().save(es::test::screenshotPath(m_dir, QStringLiteral("import-summary.png"))));

        // The same files again: already imported.
        ImportDialog again(&sources);
        again.addPaths({kCombined, m_bad});
        QVERIFY(waitForFiles(again, 2));
        QSignalSpy doneAgain(&again, &ImportDialog::importDone);
        QVERIFY(again.startImport());
        QVERIFY(doneAgain.wait(60000));
        ImportSummaryModel *sm2 = again.summaryPage()->model();
        QCOMPARE(sm2->rowCount(), 2);
        for (int r = 0; r < 2; ++r)
            QCOMPARE(sm2->index(r, ImportSummaryModel::StatusColumn).data().toString(),
                     QStringLiteral("already imported"));
        sources.stopAll();
    }

    void followUntilStopped()
    {
        // The first 100 lines of the combined log, then 50 more while it is followed.
        QFile in(kCombined);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray head, more;
        for (int i = 0; i < 150; ++i)
            (i < 100 ? head : more) += in.readLine();
        const QString live = m_dir.filePath(QStringLiteral("live.log"));
        QFile out(live);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(head), head.size());
        out.flush();

        SourceController sources;
        sources.setWorkspace(m_dir.filePath(QStringLiteral("follow.eventscope")));
        ImportDialog d(&sources);
        d.addPaths({live});
        QVERIFY(waitForFiles(d, 1));
        d.followBox()->setChecked(true);
        QVERIFY(d.options().follow);
        QSignalSpy progress(&sources, &SourceController::importProgress);
        QSignalSpy done(&d, &ImportDialog::importDone);
        QVERIFY(d.startImport());
        // A round's last report has its line count; then the follower waits.
        auto seen = [&progress](qint64 lines) {
            for (const QList<QVariant> &args : std::as_const(progress)) {
                const auto p = args.at(0).value<ImportProgress>();
                if (!p.path.isEmpty() && p.lines == lines)
                    return true;
            }
            return false;
        };
        auto caughtUp = [&progress] {
            return std::any_of(progress.begin(), progress.end(), [](const QList<QVariant> &args) {
                const auto p = args.at(0).value<ImportProgress>();
                return p.following && p.path.isEmpty();
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(seen(100) && caughtUp(), 20000);
        QVERIFY(done.isEmpty()); // still following
        QTRY_VERIFY(d.progressPage()->rateText().startsWith(QStringLiteral("Caught up")));
        progress.clear();
        QCOMPARE(out.write(more), more.size());
        out.flush();
        QTRY_VERIFY_WITH_TIMEOUT(seen(50) && caughtUp(),
                                 20000); // the appended lines, in a round of their own
        QCOMPARE(d.progressPage()->fileBar(0)->value(), d.progressPage()->fileBar(0)->maximum());
        QPushButton *stop = d.findChild<QPushButton *>(QStringLiteral("stopImport"));
        QVERIFY(stop && stop->isVisibleTo(&d));
        QCOMPARE(stop->text(), QStringLiteral("&Stop Following"));
        stop->click();
        QVERIFY(done.wait(20000));
        ImportSummaryModel *sm = d.summaryPage()->model();
        QCOMPARE(sm->rowCount(), 1);
        QCOMPARE(sm->result(0).records, 150);
        QCOMPARE(sm->index(0, ImportSummaryModel::StatusColumn).data().toString(),
                 QStringLiteral("imported"));
        sources.stopAll();
    }

    void folderContributesItsFiles()
    {
        QTemporaryDir folder;
        QVERIFY(QFile::copy(m_bad, folder.filePath(QStringLiteral("b.log"))));
        QVERIFY(QFile::copy(m_bad, folder.filePath(QStringLiteral("a.log"))));
        QVERIFY(QDir(folder.path()).mkdir(QStringLiteral("sub")));
        SourceController sources;
        sources.setWorkspace(m_dir.filePath(QStringLiteral("folder.eventscope")));
        ImportDialog d(&sources);
        d.addPaths({folder.path()});
        QVERIFY(waitForFiles(d, 2));
        QCOMPARE(d.fileModel()->index(0, 0).data().toString(), QStringLiteral("a.log"));
        QCOMPARE(d.fileModel()->index(1, 0).data().toString(), QStringLiteral("b.log"));
        d.fileView()->selectRow(0);
        d.fileModel()->removeFiles({0});
        QCOMPARE(d.fileModel()->rowCount(), 1);
        QCOMPARE(d.options().format, QString());
        d.siteEdit()->setText(QStringLiteral(" shop.example.com "));
        QCOMPARE(d.options().site, QStringLiteral("shop.example.com"));
    }

    void dropOnMainWindowOpensTheDialog()
    {
        const QString db = m_dir.filePath(QStringLiteral("drop.eventscope"));
        {
            Writer created; // an empty workspace
            QVERIFY(created.open(db));
            created.close();
        }
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QSignalSpy ready(&w, &MainWindow::workspaceReady);
        w.openWorkspace(db);
        QVERIFY(ready.wait(60000));
        QVERIFY(!w.sourceActions()->importDialog());

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(kCombined), QUrl::fromLocalFile(m_bad)});
        const QPoint at = w.rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &drop);
        QVERIFY(drop.isAccepted());

        ImportDialog *d = w.sourceActions()->importDialog();
        QVERIFY(d);
        QVERIFY(d->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(d->fileModel()->rowCount(), 2, 20000);
        QStringList want{QFileInfo(kCombined).absoluteFilePath(), QFileInfo(m_bad).absoluteFilePath()};
        QStringList got = d->fileModel()->paths();
        want.sort();
        got.sort();
        QCOMPARE(got, want);
        QVERIFY(w.sources()->workspace() == db);
        d->close();
        QTRY_VERIFY(!w.sourceActions()->importDialog()); // deleted on close
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
