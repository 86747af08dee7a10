// The dashboard on the demo workspace: every widget shows QueryService's
// numbers, filters come from clicks and go as chips, the comparison is drawn
// dashed, dragging across a time chart zooms the range, Back undoes it, and
// edited dashboards are stored in the workspace and come back.

#include "charts/chartcard.h"
#include "charts/chartview.h"
#include "charts/dimensioncard.h"
#include "charts/kpicard.h"
#include "charts/sparkline.h"
#include "charts/tablecard.h"
#include "charts/timeseriescard.h"
#include "charts/valueformat.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/dashboardsidebar.h"
#include "dashboard/dashboardspec.h"
#include "dashboard/dashboardview.h"
#include "dashboard/filterbar.h"
#include "demo/demoworkspace.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/workspacecontroller.h"
#include "models/moversmodel.h"
#include "models/resulttablemodel.h"
#include "query/queryservice.h"
#include "store/analyticssettings.h"
#include "store/workspacedb.h"
#include "timerange/timerangepicker.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>

using namespace es;
using namespace es::ui;

namespace {

template<typename T> std::vector<T *> cardsOf(MainWindow &w)
{
    std::vector<T *> out;
    for (ChartCard *c : w.dashboardPage()->view()->cards())
        if (auto *t = qobject_cast<T *>(c))
            out.push_back(t);
    return out;
}

QueryResult runQuery(const QString &db, const Query &q)
{
    QueryService s;
    if (!s.open(db))
        return QueryResult::failure(s.errorString());
    return s.run(q).result();
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    // Shows `w` on the demo workspace and picks the sidebar's row `row`,
    // which must be the dashboard `id`; true once its cards have refreshed.
    bool showDashboard(MainWindow &w, int row, const char *id)
    {
        w.show();
        QSignalSpy ready(&w, &MainWindow::workspaceReady);
        w.openWorkspace(m_db);
        if (!ready.wait(30000))
            return false;
        QListView *list = w.sidebar()->listView();
        QSignalSpy refreshed(w.dashboardPage(), &DashboardPage::refreshed);
        list->setCurrentIndex(list->model()->index(row, 0));
        return w.dashboardPage()->view()->dashboard().id == QLatin1String(id) && refreshed.wait(20000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_db = m_dir.filePath(QStringLiteral("demo.eventscope"));
        const auto built = demo::ensureDemoWorkspace(m_db);
        QVERIFY2(built.ok, qPrintable(built.errorString));
    }

    void init()
    {
        // Each test starts from the shipped dashboards and the default range.
        QSettings().clear();
    }

    void specsRoundTrip()
    {
        const auto defaults = Dashboards::defaults();
        QCOMPARE(defaults.size(), size_t(5));
        QStringList ids;
        for (const auto &d : defaults)
            ids << d.id;
        QCOMPARE(ids, QStringList({"overview", "audience", "content", "events", "live"}));
        QString error;
        const auto back = Dashboards::deserialize(Dashboards::serialize(defaults), &error);
        QVERIFY(error.isEmpty());
        QVERIFY(back == defaults);
        // A widget of an unknown kind is dropped, not the dashboard.
        const QByteArray json = "{\"version\":1,\"dashboards\":[{\"id\":\"x\",\"title\":\"X\",\"widgets\":["
                                "{\"kind\":\"hologram\",\"metrics\":[\"hits\"]},"
                                "{\"kind\":\"kpi\",\"metrics\":[\"visitors\"]}]}]}";
        const auto parsed = Dashboards::deserialize(json, &error);
        QCOMPARE(parsed.size(), size_t(1));
        QCOMPARE(parsed[0].widgets.size(), size_t(1));
        QCOMPARE(parsed[0].widgets[0].metrics.front(), MetricId::Visitors);
        QVERIFY(Dashboards::deserialize("not json", &error).empty());
        QVERIFY(error.contains(QStringLiteral("defaults")));
    }

    void autoGranularity_data()
    {
        QTest::addColumn<qint64>("hours");
        QTest::addColumn<qint64>("ageDays");
        QTest::addColumn<int>("expected");
        QTest::newRow("15 min") << qint64(0) << qint64(0) << int(Granularity::Minute);
        QTest::newRow("24 h") << qint64(24) << qint64(1) << int(Granularity::Hour);
        QTest::newRow("7 d") << qint64(24 * 7) << qint64(7) << int(Granularity::Hour);
        QTest::newRow("30 d") << qint64(24 * 30) << qint64(30) << int(Granularity::Day);
        QTest::newRow("2 y") << qint64(24 * 730) << qint64(730) << int(Granularity::Week);
        QTest::newRow("10 y") << qint64(24 * 3650) << qint64(3650) << int(Granularity::Month);
        QTest::newRow("old 24 h") << qint64(24) << qint64(200) << int(Granularity::Day);
        QTest::newRow("old 2 h") << qint64(2) << qint64(30) << int(Granularity::Hour);
    }
    void autoGranularity()
    {
        QFETCH(qint64, hours);
        QFETCH(qint64, ageDays);
        QFETCH(int, expected);
        const std::int64_t now = 1'800'000'000;
        const std::int64_t from = now - ageDays * 86400;
        const TimeRange r{from, from + std::max<qint64>(hours * 3600, 900)};
        QCOMPARE(int(es::ui::autoGranularity(r, now)), expected);
    }

    void overviewShowsQueryServiceNumbers()
    {
        MainWindow w;
        w.show();
        QSignalSpy ready(&w, &MainWindow::workspaceReady);
        w.openWorkspace(m_db);
        QVERIFY(ready.wait(30000));
        const ViewState &s = w.dashboardPage()->state();
        QCOMPARE(s.spec.toString(), QStringLiteral("preset:last-7d"));

        const auto kpis = cardsOf<KpiCard>(w);
        QCOMPARE(kpis.size(), size_t(4));
        for (KpiCard *k : kpis) {
            QCOMPARE(k->state(), ChartCard::State::Ready);
            Query q = s.baseQuery();
            q.metrics = {k->spec().metrics.front()};
            q.comparison = s.comparison;
            const QueryResult r = runQuery(m_db, q);
            QVERIFY2(r.ok, qPrintable(r.error));
            const auto v = ValueFormat::number(r.rows[0][size_t(r.columnIndex(Metrics::name(q.metrics[0])))]);
            QVERIFY(v);
            QCOMPARE(k->valueText(), ValueFormat::metric(q.metrics[0], *v));
            QVERIFY(k->sparkline()->values().size() >= 24 * 7);
            QVERIFY2(k->changeText().contains(QStringLiteral("vs")), qPrintable(k->changeText()));
        }
        // The top-pages table equals the query it stands for.
        const auto tables = cardsOf<TableCard>(w);
        QCOMPARE(tables.size(), size_t(1));
        Query q = s.baseQuery();
        q.groupBy = {DimensionId::Url};
        q.metrics = tables[0]->spec().metrics;
        q.topN = tables[0]->spec().topN;
        const QueryResult r = runQuery(m_db, q);
        QVERIFY(r.ok);
        QCOMPARE(tables[0]->model()->rowCount(), int(r.rows.size()));
        QCOMPARE(std::get<QString>(tables[0]->model()->cell(0, 0)), std::get<QString>(r.rows[0][0]));
        QAbstractItemModelTester tester(tables[0]->view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void tableKeepsSortAndSelectionAcrossRefresh()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QSignalSpy ready(&w, &MainWindow::workspaceReady);
        w.openWorkspace(m_db);
        QVERIFY(ready.wait(30000));
        TableCard *table = cardsOf<TableCard>(w).front();
        QTableView *view = table->view();
        QVERIFY(view->model()->rowCount() >= 3);
        // The user sorts by the first number column, smallest first, and
        // selects the third row.
        view->sortByColumn(1, Qt::AscendingOrder);
        view->selectRow(2);
        const QString selected = view->model()->index(2, 0).data().toString();
        QVERIFY(!selected.isEmpty());
        QStringList order;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            order << view->model()->index(r, 0).data().toString();

        QSignalSpy refreshed(w.dashboardPage(), &DashboardPage::refreshed);
        w.dashboardPage()->refreshAction()->trigger();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), 1);
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        QStringList after;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            after << view->model()->index(r, 0).data().toString();
        QCOMPARE(after, order);
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data().toString(), selected);

        // Another range of the same table keeps the user's sort too.
        DashboardPage::Step step{RangeSpec::fromPreset(QStringLiteral("last-30d")),
                                 std::nullopt,
                                 w.dashboardPage()->state().comparison,
                                 {},
                                 BotMode::Default};
        w.dashboardPage()->apply(step);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), 1);
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    }

    void comparisonIsDashed()
    {
        MainWindow w;
        w.show();
        QSignalSpy ready(&w, &MainWindow::workspaceReady);
        w.openWorkspace(m_db);
        QVERIFY(ready.wait(30000));
        const auto charts = cardsOf<TimeSeriesCard>(w);
        QCOMPARE(charts.size(), size_t(1));
        auto dashedCount = [&] {
            int dashed = 0, solid = 0;
            for (QAbstractSeries *s : charts[0]->chart()->series())
                if (auto *l = qobject_cast<QLineSeries *>(s))
                    (l->pen().style() == Qt::DashLine ? dashed : solid)++;
            return std::pair(dashed, solid);
        };
        QCOMPARE(dashedCount(), std::pair(2, 2)); // page views and visitors, each with its week before
        QSignalSpy refreshed(w.dashboardPage(), &DashboardPage::refreshed);
        DashboardPage::Step step{
            w.dashboardPage()->state().spec, std::nullopt, Comparison::None, {}, BotMode::Default};
        w.dashboardPage()->apply(step);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(dashedCount(), std::pair(0, 2));
        QCOMPARE(cardsOf<KpiCard>(w).front()->changeText(), QStringLiteral("No comparison"));
    }

    void filterChipsAndBack()
    {
        MainWindow w;
        w.show();
        QSignalSpy ready(&w, &MainWindow::workspaceReady);
        w.openWorkspace(m_db);
        QVERIFY(ready.wait(30000));
        DashboardPage *page = w.dashboardPage();
        QCOMPARE(page->filterBar()->chipCount(), 0);
        const QString before = cardsOf<KpiCard>(w).front()->valueText();

        // Activating a row of the top-pages table filters by that page.
        TableCard *table = cardsOf<TableCard>(w).front();
        const QString url = std::get<QString>(table->model()->cell(0, 0));
        QSignalSpy refreshed(page, &DashboardPage::refreshed);
        emit table->view()->activated(table->view()->model()->index(0, 0));
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(page->state().filters.size(), size_t(1));
        QCOMPARE(page->state().filters[0].dimension, DimensionId::Url);
        QCOMPARE(page->state().filters[0].values, QStringList{url});
        QCOMPARE(page->filterBar()->chipCount(), 1);
        QVERIFY(cardsOf<KpiCard>(w).front()->valueText() != before);

        // The chip removes it; Back brings it back, Forward removes it again.
        auto *chip = page->filterBar()->findChild<QToolButton *>(QStringLiteral("filterChip"));
        QVERIFY(chip);
        QTest::mouseClick(chip, Qt::LeftButton);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(page->filterBar()->chipCount(), 0);
        QCOMPARE(cardsOf<KpiCard>(w).front()->valueText(), before);
        page->backAction()->trigger();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(page->filterBar()->chipCount(), 1);
        page->forwardAction()->trigger();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(page->filterBar()->chipCount(), 0);
    }

    void dragZoomsRange()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QSignalSpy ready(&w, &MainWindow::workspaceReady);
        w.openWorkspace(m_db);
        QVERIFY(ready.wait(30000));
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        TimeSeriesCard *chart = cardsOf<TimeSeriesCard>(w).front();
        ChartView *view = chart->chartView();
        const QRectF plot = chart->chart()->plotArea();
        const QPoint a = view->mapFromScene(
            chart->chart()->mapToScene(QPointF(plot.left() + plot.width() * 0.25, plot.center().y())));
        const QPoint b = view->mapFromScene(
            chart->chart()->mapToScene(QPointF(plot.left() + plot.width() * 0.5, plot.center().y())));
        const long ia = std::lround(view->xAt(a)), ib = std::lround(view->xAt(b));
        QVERIFY(ib > ia);
        const std::int64_t from = chart->buckets()[size_t(ia)];
        const std::int64_t to = chart->buckets()[size_t(ib)] + 3600; // hourly buckets for 7 days

        QSignalSpy refreshed(w.dashboardPage(), &DashboardPage::refreshed);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, a);
        QTest::mouseMove(view->viewport(), b);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, b);
        QVERIFY(refreshed.wait(20000));
        const ViewState &s = w.dashboardPage()->state();
        QCOMPARE(s.spec.kind, RangeSpec::Kind::Absolute);
        QCOMPARE(s.range.fromSecs, from);
        QCOMPARE(s.range.toSecs, to);
        QCOMPARE(w.dashboardPage()->picker()->spec(), s.spec);
        w.dashboardPage()->backAction()->trigger();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(w.dashboardPage()->state().spec.toString(), QStringLiteral("preset:last-7d"));
    }

    void editedDashboardIsStored()
    {
        {
            MainWindow w;
            w.show();
            QSignalSpy ready(&w, &MainWindow::workspaceReady);
            w.openWorkspace(m_db);
            QVERIFY(ready.wait(30000));
            ChartCard *first = w.dashboardPage()->view()->cards().front();
            QCOMPARE(first->spec().columnSpan, 1);
            emit first->resizeRequested(1, 0);
            ChartCard *last = w.dashboardPage()->view()->cards().back();
            emit last->removeRequested();
            QCOMPARE(w.dashboardPage()->view()->cards().size(), size_t(7));
            w.close();
        }
        {
            MainWindow w;
            w.show();
            QSignalSpy ready(&w, &MainWindow::workspaceReady);
            w.openWorkspace(m_db);
            QVERIFY(ready.wait(30000));
            const DashboardSpec &d = w.dashboardPage()->view()->dashboard();
            QCOMPARE(d.id, QStringLiteral("overview"));
            QCOMPARE(d.widgets.size(), size_t(7));
            QCOMPARE(d.widgets.front().columnSpan, 2);
            // Restoring the defaults is one action (and a confirmation).
            QTimer::singleShot(0, [] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                    box->button(QMessageBox::Yes)->click();
            });
            w.findChild<DashboardSidebar *>()->restoreDefaultsRequested();
            QCOMPARE(w.dashboardPage()->view()->dashboard(), Dashboards::defaults().front());
            w.close();
        }
        // Saved before the window closed: nothing is lost.
        WorkspaceDb db;
        QVERIFY(db.open(m_db));
        QString error;
        const auto stored = Dashboards::deserialize(db.meta(QStringLiteral("dashboards")).toUtf8(), &error);
        QVERIFY(stored == Dashboards::defaults(AnalyticsSettings::load(db).paramKeys));
    }

    void sidebarSwitchesDashboards()
    {
        MainWindow w;
        w.show();
        QSignalSpy ready(&w, &MainWindow::workspaceReady);
        w.openWorkspace(m_db);
        QVERIFY(ready.wait(30000));
        QListView *list = w.sidebar()->listView();
        QCOMPARE(list->model()->rowCount(), 5);
        QSignalSpy refreshed(w.dashboardPage(), &DashboardPage::refreshed);
        list->setCurrentIndex(list->model()->index(4, 0));
        QCOMPARE(w.dashboardPage()->view()->dashboard().id, QStringLiteral("live"));
        QVERIFY(w.dashboardPage()->isLive());
        QCOMPARE(w.dashboardPage()->state().spec.toString(), QStringLiteral("preset:last-30m"));
        QVERIFY(refreshed.wait(20000));
        // Live refreshes keep coming without user action.
        QVERIFY(refreshed.wait(5000));
        list->setCurrentIndex(list->model()->index(1, 0));
        QVERIFY(!w.dashboardPage()->isLive());
        QCOMPARE(w.dashboardPage()->state().spec.toString(), QStringLiteral("preset:last-7d"));
    }

    void startDashboardIsNotRemembered()
    {
        auto openOn = [this](const QString &dashboard) {
            MainWindow w;
            if (!dashboard.isEmpty())
                w.setStartView(dashboard, std::nullopt);
            QSignalSpy ready(&w, &MainWindow::workspaceReady);
            w.openWorkspace(m_db);
            return ready.wait(30000) ? w.dashboardPage()->view()->dashboard().id : QString();
        };
        {
            // Chosen in the window: remembered.
            MainWindow w;
            QSignalSpy ready(&w, &MainWindow::workspaceReady);
            w.openWorkspace(m_db);
            QVERIFY(ready.wait(30000));
            QListView *list = w.sidebar()->listView();
            list->setCurrentIndex(list->model()->index(1, 0));
            QCOMPARE(w.dashboardPage()->view()->dashboard().id, QStringLiteral("audience"));
        }
        QCOMPARE(openOn(QString()), QStringLiteral("audience"));
        // Named on the command line: for that start only.
        QCOMPARE(openOn(QStringLiteral("live")), QStringLiteral("live"));
        QCOMPARE(openOn(QString()), QStringLiteral("audience"));
    }

    void emptyRangeSaysSo()
    {
        MainWindow w;
        w.show();
        QSignalSpy ready(&w, &MainWindow::workspaceReady);
        w.openWorkspace(m_db);
        QVERIFY(ready.wait(30000));
        QSignalSpy refreshed(w.dashboardPage(), &DashboardPage::refreshed);
        // Ten years ago: the demo has nothing there.
        const std::int64_t now = QDateTime::currentSecsSinceEpoch();
        w.dashboardPage()->setRange(RangeSpec::absolute({now - 3650 * 86400LL, now - 3640 * 86400LL}));
        QVERIFY(refreshed.wait(20000));
        for (TimeSeriesCard *c : cardsOf<TimeSeriesCard>(w)) {
            QCOMPARE(c->state(), ChartCard::State::Empty);
            QCOMPARE(c->message(), QStringLiteral("No data in this range"));
        }
        QCOMPARE(cardsOf<TableCard>(w).front()->state(), ChartCard::State::Empty);
    }

    // The demo's log has no response times: the Content dashboard's tile
    // says how a log gets them instead of blaming the range.
    void responseTimeTileSaysWhatTheLogLacks()
    {
        MainWindow w;
        QVERIFY(showDashboard(w, 2, "content"));
        int tiles = 0;
        for (KpiCard *c : cardsOf<KpiCard>(w)) {
            if (c->spec().metrics.front() != MetricId::AvgResponseMs)
                continue;
            ++tiles;
            QTRY_COMPARE(c->state(), ChartCard::State::Empty);
            QVERIFY2(c->message().contains(QLatin1String("%D or %T")), qPrintable(c->message()));
        }
        QCOMPARE(tiles, 1);
    }

    // A pie's legend names its slices whole, also in the Audience dashboard's
    // narrow browser card ("Chrome Mobile", not "Chro..."), and a click on a
    // name hides its slice and shows it again.
    void pieLegendKeepsNamesWhole()
    {
        MainWindow w;
        w.resize(1400, 900);
        QVERIFY(showDashboard(w, 1, "audience"));
        int pies = 0;
        for (DimensionCard *c : cardsOf<DimensionCard>(w)) {
            if (c->spec().kind != WidgetKind::Pie && c->spec().kind != WidgetKind::Donut) {
                QVERIFY(!c->pieLegend()->isVisible());
                continue;
            }
            ++pies;
            QTRY_COMPARE(c->state(), ChartCard::State::Ready);
            QVERIFY(c->pieLegend()->isVisible());
            auto *series = qobject_cast<QPieSeries *>(c->chart()->series().value(0));
            QVERIFY(series);
            QVERIFY(!c->chart()->legend()->isVisible());
            const auto buttons = c->pieLegend()->findChildren<QToolButton *>();
            QCOMPARE(buttons.size(), series->count());
            for (int i = 0; i < series->count(); ++i) {
                QCOMPARE(buttons[i]->text(), series->slices()[i]->label());
                QVERIFY2(buttons[i]->geometry().right() <= c->pieLegend()->width(),
                         qPrintable(buttons[i]->text()));
            }
            const double value = series->slices()[0]->value();
            QVERIFY(value > 0);
            buttons[0]->click();
            QCOMPARE(series->slices()[0]->value(), 0.0);
            buttons[0]->click();
            QCOMPARE(series->slices()[0]->value(), value);
        }
        QCOMPARE(pies, 2);
    }

    void moversModel()
    {
        MoversModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MoversResult r;
        r.ok = true;
        r.top = {{QStringLiteral("/a"), 1200, 1000, 200, 20.0},
                 {QStringLiteral("/b"), 5, 0, 5, std::nullopt}};
        r.rising = {r.top[0], r.top[1]};
        r.falling = {{QStringLiteral("/c"), 1, 9, -8, -88.9}};
        model.setResult(r);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, MoversModel::Now).data().toString(), QStringLiteral("1,200"));
        QCOMPARE(model.index(0, MoversModel::Change).data().toString(), QStringLiteral("+200"));
        QCOMPARE(model.index(1, MoversModel::ChangePercent).data().toString(), QStringLiteral("new"));
        model.setList(MoversModel::List::Falling);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, MoversModel::ChangePercent).data().toString(), QStringLiteral("−89 %"));
        model.setResult({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
