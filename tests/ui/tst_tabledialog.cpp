// "Open in table": the dialog filters rows by their labels, copies what it
// shows as exact CSV or the selection as tab-separated text, saves CSV off the
// GUI thread, and its delegate paints bars and coloured changes.

#include "charts/barcelldelegate.h"
#include "charts/tabledialog.h"
#include "models/csvexport.h"
#include "models/resultfilterproxymodel.h"
#include "models/resulttablemodel.h"
#include "resultfixtures.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace es::ui;
using namespace fixtures;

class TestTableDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        useEnglishLocale();
    }

    void filterReducesRows()
    {
        TableDialog dialog(QStringLiteral("Top pages"), totals());
        QAbstractItemModelTester tester(dialog.proxyModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Top pages"));
        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("filter"));
        auto *count = dialog.findChild<QLabel *>(QStringLiteral("rowCount"));
        QVERIFY(filter && count);
        QVERIFY(filter->isVisibleTo(&dialog));
        QCOMPARE(filter->placeholderText(), QStringLiteral("Filter by URL and Status…"));
        QCOMPARE(dialog.view()->model()->rowCount(), 4);
        QCOMPARE(count->text(), QStringLiteral("Rows: 4"));
        filter->setText(QStringLiteral("Search"));
        QCOMPARE(dialog.view()->model()->rowCount(), 1);
        QCOMPARE(count->text(), QStringLiteral("Rows: 1 of 4"));
        filter->setText(QStringLiteral("50"));
        QCOMPARE(dialog.view()->model()->rowCount(), 1); // status 500
        filter->clear();
        QCOMPARE(dialog.view()->model()->rowCount(), 4);
    }

    void seriesNamesItsZone()
    {
        TableDialog dialog(QStringLiteral("Hits"), series());
        dialog.setGranularity(es::Granularity::Hour);
        auto *count = dialog.findChild<QLabel *>(QStringLiteral("rowCount"));
        QCOMPARE(count->text(), QStringLiteral("Rows: 3  \u00B7  Times in Europe/Berlin"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("filter"))->placeholderText(),
                 QStringLiteral("Filter by Time…"));
        dialog.setTimeZone("UTC");
        QCOMPARE(count->text(), QStringLiteral("Rows: 3  \u00B7  Times in UTC"));
        QCOMPARE(dialog.model()->data(dialog.model()->index(0, 0)).toString(),
                 QStringLiteral("3/30/2024 11:00 PM"));
        QCOMPARE(dialog.visibleCsv().section(QStringLiteral("\r\n"), 1, 1).section(QLatin1Char(','), 0, 0),
                 QStringLiteral("2024-03-30T23:00:00Z"));
    }

    void headerClickSortsNumbersDescending()
    {
        TableDialog dialog(QStringLiteral("Top pages"), totals());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QAbstractItemModel *m = dialog.view()->model();
        // Unsorted: the engine's order.
        QCOMPARE(m->data(m->index(0, 0)).toString(), QStringLiteral("/search?q=a,b"));
        QHeaderView *header = dialog.view()->horizontalHeader();
        const QPoint hits(header->sectionViewportPosition(2) + header->sectionSize(2) / 2,
                          header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, hits);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(m->data(m->index(0, 2)).toString(), QStringLiteral("1,234,567"));
        QCOMPARE(m->data(m->index(3, 2)).toString(), QStringLiteral("9"));
        const QPoint url(header->sectionViewportPosition(0) + 10, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, url);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(m->data(m->index(0, 0)).toString(), QStringLiteral("(empty)"));
    }

    void copiesVisibleRowsAsCsv()
    {
        TableDialog dialog(QStringLiteral("Top pages"), totals());
        dialog.view()->sortByColumn(2, Qt::AscendingOrder);
        dialog.findChild<QLineEdit *>(QStringLiteral("filter"))->setText(QStringLiteral("/"));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("copyCsv")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral(
                     "url,status,hits,avg_response_ms,avg_session_seconds,pages_per_session,errors_change\r\n"
                     "\"/search?q=a,b\",200,10,123.4,65.4,3.14159,5\r\n"
                     "\"/line\nbreak\",500,1234567,,3725,,0\r\n"));
    }

    void ctrlCCopiesSelection()
    {
        TableDialog dialog(QStringLiteral("Top pages"), totals());
        QTableView *view = dialog.view();
        QAbstractItemModel *m = view->model();
        QGuiApplication::clipboard()->clear();
        view->selectionModel()->select(QItemSelection(m->index(1, 1), m->index(2, 2)),
                                       QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("404\t9\n500\t1,234,567\n"));

        // Every row: with the header line; line breaks in a value would
        // split the record.
        view->selectionModel()->select(QItemSelection(m->index(0, 0), m->index(3, 0)),
                                       QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("URL\n/search?q=a,b\nsay \"hi\"\n/line break\n(empty)\n"));
    }

    void savesCsv()
    {
        QTemporaryDir dir;
        TableDialog dialog(QStringLiteral("Top pages"), totals());
        dialog.view()->sortByColumn(2, Qt::DescendingOrder);
        QSignalSpy saved(&dialog, &TableDialog::csvSaved);
        const QString path = dir.filePath(QStringLiteral("pages.csv"));
        dialog.saveCsvTo(path);
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.at(0).at(0).toString(), path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(f.readAll());
        QCOMPARE(written, resultToCsv(totals(), QByteArray(), {2, 3, 0, 1}));
        QCOMPARE(written, dialog.visibleCsv());
    }

    void reportsSaveFailure()
    {
        QTemporaryDir dir;
        TableDialog dialog(QStringLiteral("Top pages"), totals());
        QSignalSpy failed(&dialog, &TableDialog::csvSaveFailed);
        dialog.saveCsvTo(dir.filePath(QStringLiteral("missing/folder/pages.csv")));
        QVERIFY(failed.wait(5000));
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("saveCsv"))->isEnabled());
    }

    void delegatePaintsBarsBehindValues()
    {
        ResultTableModel model;
        model.setResult(series());
        BarCellDelegate delegate;
        QPalette palette;
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::Highlight, QColor(0, 0, 255));
        palette.setColor(QPalette::Text, Qt::black);
        auto paint = [&](int row, int column) {
            QImage image(200, 24, QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            QStyleOptionViewItem option;
            option.rect = image.rect();
            option.palette = palette;
            option.state = QStyle::State_Enabled | QStyle::State_Active;
            delegate.paint(&p, option, model.index(row, column));
            p.end();
            return image;
        };
        // The largest hit count gets a full bar, blue at a quarter strength
        // over white; a tiny share gets none.
        const QColor full = paint(0, 2).pixelColor(10, 12);
        QVERIFY2(full.blue() == 255 && full.red() > 170 && full.red() < 215, qPrintable(full.name()));
        QCOMPARE(paint(1, 2).pixelColor(10, 12), QColor(Qt::white));
        // Bounce rate 42.5%: bar to about 85 of 196 pixels.
        const QImage rate = paint(0, 6);
        QVERIFY(rate.pixelColor(80, 12) != QColor(Qt::white));
        QCOMPARE(rate.pixelColor(95, 12), QColor(Qt::white));
    }

    void changeColoursSuitThePalette()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        const QColor goodLight = BarCellDelegate::changeColor(light, 1);
        const QColor badLight = BarCellDelegate::changeColor(light, -1);
        const QColor goodDark = BarCellDelegate::changeColor(dark, 1);
        QVERIFY(goodLight.green() > goodLight.red() && badLight.red() > badLight.green());
        // Dark text on a light base, light text on a dark one.
        QVERIFY(goodLight.lightness() < 110);
        QVERIFY(goodDark.lightness() > 150);
        QCOMPARE(BarCellDelegate::changeColor(light, 0), light.color(QPalette::Text));
        QCOMPARE(BarCellDelegate::arrow(1), QStringLiteral("\u25B2 "));
        QCOMPARE(BarCellDelegate::arrow(-1), QStringLiteral("\u25BC "));
        QCOMPARE(BarCellDelegate::arrow(0), QString());
    }
};

QTEST_MAIN(TestTableDialog)
#include "tst_tabledialog.moc"
