// Value axes step in 1, 2, 2.5 or 5 times a power of ten, cover the largest
// value, and label every tick with the decimals its step needs.

#include "charts/niceaxis.h"

#include <QTest>
#include <QtCharts/QValueAxis>

using namespace es::ui;

class TestNiceAxis : public QObject
{
    Q_OBJECT

private slots:
    void ranges_data()
    {
        QTest::addColumn<double>("max");
        QTest::addColumn<int>("intervals");
        QTest::addColumn<bool>("integral");
        QTest::addColumn<double>("hi");
        QTest::addColumn<double>("step");
        QTest::addColumn<int>("decimals");
        // The cases the dashboards showed as 0/667/1,333/2,000 and 0/2,667/5,333/8,000.
        QTest::newRow("1,900 hits in 3 steps") << 1900.0 << 3 << true << 2000.0 << 1000.0 << 0;
        QTest::newRow("7,500 hits in 3 steps") << 7500.0 << 3 << true << 7500.0 << 2500.0 << 0;
        QTest::newRow("566 visitors in 3 steps") << 566.0 << 3 << true << 600.0 << 200.0 << 0;
        QTest::newRow("200 in 4 steps") << 200.0 << 4 << true << 200.0 << 50.0 << 0;
        QTest::newRow("3 hits: whole steps") << 3.0 << 4 << true << 3.0 << 1.0 << 0;
        QTest::newRow("bounce rate 0.45") << 0.45 << 4 << false << 0.6 << 0.2 << 1;
        QTest::newRow("bounce rate 0.9") << 0.9 << 4 << false << 1.0 << 0.25 << 2;
        QTest::newRow("bounce rate 0.6") << 0.6 << 4 << false << 0.6 << 0.2 << 1;
        QTest::newRow("nothing") << 0.0 << 4 << true << 1.0 << 1.0 << 0;
    }

    void ranges()
    {
        QFETCH(double, max);
        QFETCH(int, intervals);
        QFETCH(bool, integral);
        QFETCH(double, hi);
        QFETCH(double, step);
        QFETCH(int, decimals);
        const NiceRange r = niceRange(0, max, intervals, integral);
        QCOMPARE(r.lo, 0.0);
        QCOMPARE(r.hi, hi);
        QCOMPARE(r.step, step);
        QCOMPARE(r.decimals(), decimals);
        QVERIFY(r.hi >= max);
        QCOMPARE(r.ticks(), qRound(hi / step) + 1);

        QValueAxis axis;
        applyNiceRange(&axis, max, intervals, integral);
        QCOMPARE(axis.max(), hi);
        QCOMPARE(axis.tickCount(), r.ticks());
        QCOMPARE(axis.labelFormat(), QStringLiteral("%.%1f").arg(decimals));
    }
};

QTEST_MAIN(TestNiceAxis)
#include "tst_niceaxis.moc"
