// The time-range picker widget, driven from the keyboard and the mouse the
// way a user would: quick ranges, fixed and relative ranges with their
// validation, the recent ranges, stepping and zooming, and the time zone.

#include "core/zonebucketer.h"
#include "query/rangespec.h"
#include "timerange/rangelistmodel.h"
#include "timerange/timerangepicker.h"
#include "timerangecases.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace es;
using namespace es::ui;
using namespace timerangecases;
using es::TimeRange;
using es::ZoneBucketer;

namespace {

template<typename T> T *part(const QObject *root, const char *name)
{
    return root->findChild<T *>(QLatin1String(name));
}

// The date edits hold the workspace zone's wall-clock time as zone-less
// (UTC-spec) values: what the user sees is what the value says.
QDateTime wall(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

} // namespace

class TestTimeRangePicker : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void listModelIsConsistent()
    {
        RangeListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ZoneBucketer zone("Europe/Berlin");
        model.setLabeler([&zone](const RangeSpec &s) { return s.label(zone); });
        model.setSpecs(
            {RangeSpec::fromPreset(QStringLiteral("today")), RangeSpec::absolute({1774738800, 1774821600})});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("29 Mar 2026"));
        QCOMPARE(model.index(1).data(RangeListModel::SpecTextRole).toString(),
                 QStringLiteral("absolute:1774738800|1774821600"));
        QCOMPARE(model.rowOf(RangeSpec::fromPreset(QStringLiteral("today"))), 0);
        model.setSpecs({});
        QCOMPARE(model.rowCount(), 0);
    }

    void partsAreNamedAndExplained()
    {
        TimeRangePicker picker;
        const char *names[] = {"rangeButton", "previousPeriod", "nextPeriod", "zoomOut"};
        for (const char *name : names) {
            auto *button = part<QToolButton>(&picker, name);
            QVERIFY2(button, name);
            QVERIFY2(!button->accessibleName().isEmpty(), name);
        }
        QCOMPARE(part<QToolButton>(&picker, "previousPeriod")->toolTip(),
                 QStringLiteral("Previous period (Alt+PgUp)"));
        QCOMPARE(part<QToolButton>(&picker, "nextPeriod")->toolTip(),
                 QStringLiteral("Next period (Alt+PgDown)"));
        QCOMPARE(part<QToolButton>(&picker, "zoomOut")->toolTip(),
                 QStringLiteral("Zoom out: twice the span, around the same middle (Alt+-)"));
        QVERIFY(
            part<QToolButton>(&picker, "rangeButton")->toolTip().endsWith(QStringLiteral("Ctrl+Shift+T")));
        const char *popupParts[] = {"presetList",   "customFrom",      "customTo",
                                    "relativeFrom", "relativeTo",      "applyButton",
                                    "recentList",   "validationLabel", "timeZoneCombo"};
        for (const char *name : popupParts)
            QVERIFY2(part<QWidget>(&picker, name), name);
        QCOMPARE(part<QLineEdit>(&picker, "relativeFrom")->placeholderText(),
                 QStringLiteral("e.g. now-7d, today, yesterday"));
        QVERIFY(part<QDateTimeEdit>(&picker, "customFrom")->calendarPopup());
    }

    // The Live dashboard's half hour is a preset of its own, which the list
    // marks as the range in effect.
    void lastThirtyMinutesIsAPreset()
    {
        TimeRangePicker picker;
        picker.setNowProvider([] { return kUtcNow * 1000; });
        picker.setSpec(RangeSpec::fromPreset(QStringLiteral("last-30m")));
        picker.show();
        picker.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&picker));
        auto *button = part<QToolButton>(&picker, "rangeButton");
        QCOMPARE(button->text(), QStringLiteral("Last 30 minutes"));
        QTest::keyClick(&picker, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        auto *popup = part<QWidget>(&picker, "timeRangePopup");
        QTRY_VERIFY(popup->isVisible());
        auto *list = part<QListView>(&picker, "presetList");
        QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("Last 30 minutes"));
        QVERIFY(list->selectionModel()->isSelected(list->currentIndex()));
        QTest::keyClick(list, Qt::Key_Escape);
    }

    void choosesPresetByKeyboard()
    {
        TimeRangePicker picker;
        picker.setNowProvider([] { return kUtcNow * 1000; });
        picker.setSpec(RangeSpec::fromPreset(QStringLiteral("last-7d")));
        picker.show();
        picker.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&picker));
        QSignalSpy changed(&picker, &TimeRangePicker::specChanged);
        auto *button = part<QToolButton>(&picker, "rangeButton");
        QCOMPARE(button->text(), QStringLiteral("Last 7 days"));

        QTest::keyClick(&picker, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        auto *popup = part<QWidget>(&picker, "timeRangePopup");
        QTRY_VERIFY(popup->isVisible());
        auto *list = part<QListView>(&picker, "presetList");
        QCOMPARE(list->currentIndex().row(), 4);
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Return);

        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<RangeSpec>(), RangeSpec::fromPreset(QStringLiteral("last-90d")));
        QVERIFY(!popup->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Last 90 days"));
        QCOMPARE(picker.history(), QStringList{QStringLiteral("preset:last-90d")});

        // Escape leaves without choosing.
        picker.openPopup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(list, Qt::Key_Up);
        QTest::keyClick(list, Qt::Key_Escape);
        QVERIFY(!popup->isVisible());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(picker.spec(), RangeSpec::fromPreset(QStringLiteral("last-90d")));
    }

    void tabOrderFollowsTheSections()
    {
        TimeRangePicker picker;
        picker.setNowProvider([] { return kUtcNow * 1000; });
        picker.setHistory({QStringLiteral("preset:today")});
        picker.show();
        picker.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&picker));
        picker.openPopup();
        auto *popup = part<QWidget>(&picker, "timeRangePopup");
        QTRY_VERIFY(popup->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), part<QWidget>(&picker, "presetList"));
        // Tab also steps through the sections (day, month, ...) of a date
        // edit, as everywhere in Qt, so each part is listed once. The two
        // radio buttons are one stop (arrows switch between them), and Tab
        // stays inside the popup.
        const auto walk = [](Qt::Key key) {
            QStringList visited;
            for (int i = 0; i < 40 && visited.size() < 9; ++i) {
                QTest::keyClick(QApplication::focusWidget(), key);
                const QString name = QApplication::focusWidget()->objectName();
                if (visited.isEmpty() || visited.last() != name)
                    visited.append(name);
            }
            return visited;
        };
        QCOMPARE(walk(Qt::Key_Tab),
                 (QStringList{"fixedMode", "customFrom", "customTo", "relativeFrom", "relativeTo",
                              "applyButton", "recentList", "timeZoneCombo", "presetList"}));
        QCOMPARE(walk(Qt::Key_Backtab),
                 (QStringList{"timeZoneCombo", "recentList", "applyButton", "relativeTo", "relativeFrom",
                              "customTo", "customFrom", "fixedMode", "presetList"}));
        QVERIFY(popup->isVisible());
    }

    void invalidCustomRangeKeepsApplyDisabled()
    {
        TimeRangePicker picker;
        picker.setNowProvider([] { return kBerlinNow * 1000; });
        picker.setTimeZone("Europe/Berlin");
        picker.setSpec(RangeSpec::fromPreset(QStringLiteral("last-7d")));
        picker.show();
        QSignalSpy changed(&picker, &TimeRangePicker::specChanged);
        picker.openPopup();
        auto *from = part<QDateTimeEdit>(&picker, "customFrom");
        auto *to = part<QDateTimeEdit>(&picker, "customTo");
        auto *apply = part<QPushButton>(&picker, "applyButton");
        auto *validation = part<QLabel>(&picker, "validationLabel");
        // The fields start from the range in effect, in Berlin time over the DST change.
        QCOMPARE(from->text(), QStringLiteral("24 Mar 2026 11:00"));
        QCOMPARE(to->text(), QStringLiteral("31 Mar 2026 12:00"));
        QCOMPARE(part<QLineEdit>(&picker, "relativeFrom")->text(), QStringLiteral("now-7d"));

        to->setDateTime(wall(2026, 3, 20, 9, 0));
        from->setDateTime(wall(2026, 3, 25, 9, 0));
        QVERIFY(!apply->isEnabled());
        QVERIFY(validation->isVisible());
        QCOMPARE(validation->text(),
                 QStringLiteral("The start (25 Mar 2026 09:00) must be before the end (20 Mar "
                                "2026 09:00). Choose an earlier start or a later end."));
        to->setFocus();
        QVERIFY(to->hasFocus());
        QTest::keyClick(to, Qt::Key_Return);
        QCOMPARE(changed.count(), 0);
        QVERIFY(part<QWidget>(&picker, "timeRangePopup")->isVisible());

        from->setDateTime(wall(2026, 3, 18, 9, 0));
        QVERIFY(apply->isEnabled());
        QVERIFY(!validation->isVisible());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(picker.spec(), RangeSpec::absolute({1773820800, 1773993600}));
        QCOMPARE(part<QToolButton>(&picker, "rangeButton")->text(),
                 QStringLiteral("18 Mar 2026 09:00 – 20 Mar 2026 09:00"));
    }

    void relativeRangeByKeyboard()
    {
        TimeRangePicker picker;
        picker.setNowProvider([] { return kUtcNow * 1000; });
        picker.show();
        QSignalSpy changed(&picker, &TimeRangePicker::specChanged);
        picker.openPopup();
        auto *from = part<QLineEdit>(&picker, "relativeFrom");
        auto *apply = part<QPushButton>(&picker, "applyButton");
        auto *validation = part<QLabel>(&picker, "validationLabel");
        from->setFocus();
        QVERIFY(from->hasFocus());
        from->selectAll();
        QTest::keyClicks(from, QStringLiteral("now-7x"));
        QVERIFY(!apply->isEnabled());
        QCOMPARE(validation->text(),
                 QStringLiteral("The start \"now-7x\" is not a time Eventscope understands. "
                                "Type e.g. now-7d, today-1d, yesterday or 2024-05-01T10:00."));
        QTest::keyClick(from, Qt::Key_Return);
        QCOMPARE(changed.count(), 0);

        from->selectAll();
        QTest::keyClicks(from, QStringLiteral("now-2h"));
        QVERIFY(apply->isEnabled());
        QTest::keyClick(from, Qt::Key_Return);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(picker.spec(), RangeSpec::relative(QStringLiteral("now-2h"), QStringLiteral("now")));
        QCOMPARE(*picker.currentRange(), (TimeRange{kUtcNow - 2 * kHour, kUtcNow}));
        QCOMPARE(part<QToolButton>(&picker, "rangeButton")->text(), QStringLiteral("Last 2 hours"));
    }

    void historyKeepsFiveDistinct()
    {
        TimeRangePicker picker;
        picker.setNowProvider([] { return kUtcNow * 1000; });
        picker.show();
        QSignalSpy historySpy(&picker, &TimeRangePicker::historyChanged);
        auto *list = part<QListView>(&picker, "presetList");
        const QStringList chosen{"last-1h",   "today",     "last-7d",    "last-1h",
                                 "yesterday", "this-week", "this-month", "last-year"};
        for (const QString &id : chosen) {
            picker.openPopup();
            list->setCurrentIndex(list->model()->index(int(RangeSpec::presetIds().indexOf(id)), 0));
            QTest::keyClick(list, Qt::Key_Return);
        }
        const QStringList expected{"preset:last-year", "preset:this-month", "preset:this-week",
                                   "preset:yesterday", "preset:last-1h"};
        QCOMPARE(picker.history(), expected);
        QCOMPARE(historySpy.count(), 8);
        QCOMPARE(historySpy.last().at(0).toStringList(), expected);

        // The recent list offers them, and choosing one moves it to the front.
        picker.openPopup();
        auto *recent = part<QListView>(&picker, "recentList");
        QVERIFY(recent->isVisible());
        QCOMPARE(recent->model()->rowCount(), 5);
        QCOMPARE(recent->model()->index(0, 0).data().toString(), QStringLiteral("Last year"));
        recent->setFocus();
        recent->setCurrentIndex(recent->model()->index(3, 0));
        QTest::keyClick(recent, Qt::Key_Return);
        QCOMPARE(picker.spec(), RangeSpec::fromPreset(QStringLiteral("yesterday")));
        QCOMPARE(picker.history().first(), QStringLiteral("preset:yesterday"));
        QCOMPARE(picker.history().size(), 5);

        // Restored history drops what it cannot read and repeats; it is not news.
        historySpy.clear();
        picker.setHistory({"preset:today", "bogus", "preset:today", "relative:now-1h|now", "absolute:100|200",
                           "absolute:300|200", "preset:last-7d", "preset:last-30d", "preset:last-90d"});
        QCOMPARE(picker.history(), (QStringList{"preset:today", "relative:now-1h|now", "absolute:100|200",
                                                "preset:last-7d", "preset:last-30d"}));
        QCOMPARE(historySpy.count(), 0);
    }

    void previousAndNextPeriod()
    {
        TimeRangePicker picker;
        picker.setNowProvider([] { return kUtcNow * 1000; });
        picker.setSpec(RangeSpec::fromPreset(QStringLiteral("yesterday")));
        picker.show();
        QSignalSpy changed(&picker, &TimeRangePicker::specChanged);
        auto *previous = part<QToolButton>(&picker, "previousPeriod");
        auto *next = part<QToolButton>(&picker, "nextPeriod");
        auto *range = part<QToolButton>(&picker, "rangeButton");
        QVERIFY(next->isEnabled());

        QTest::mouseClick(previous, Qt::LeftButton);
        QCOMPARE(picker.spec(), RangeSpec::absolute({1778457600, 1778544000}));
        QCOMPARE(range->text(), QStringLiteral("11 May 2026"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(picker.spec(), RangeSpec::absolute({1778544000, 1778630400}));
        // A day step reaches today whole, like the preset, and stops there.
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(picker.spec(), RangeSpec::absolute({1778630400, 1778716800}));
        QVERIFY(!next->isEnabled());
        picker.nextPeriod();
        QCOMPARE(changed.count(), 3);

        // setSpec is silent; a range that ends at now cannot go further.
        picker.setSpec(RangeSpec::fromPreset(QStringLiteral("last-24h")));
        QCOMPARE(changed.count(), 3);
        QVERIFY(!next->isEnabled());
        picker.previousPeriod();
        QCOMPARE(picker.spec(), RangeSpec::absolute({kUtcNow - 2 * kDay, kUtcNow - kDay}));
        QVERIFY(next->isEnabled());
        picker.nextPeriod();
        QCOMPARE(picker.spec(), RangeSpec::absolute({kUtcNow - kDay, kUtcNow}));
        QVERIFY(!next->isEnabled());

        // A step that would reach past now ends at now.
        picker.setSpec(RangeSpec::absolute({kUtcNow - 30 * kHour, kUtcNow - 6 * kHour}));
        picker.nextPeriod();
        QCOMPARE(picker.spec(), RangeSpec::absolute({kUtcNow - kDay, kUtcNow}));

        picker.setSpec(RangeSpec::fromPreset(QStringLiteral("last-24h")));
        QTest::mouseClick(part<QToolButton>(&picker, "zoomOut"), Qt::LeftButton);
        QCOMPARE(picker.spec(), RangeSpec::absolute({kUtcNow - 2 * kDay, kUtcNow}));
    }

    void shortcutsStepTheRange()
    {
        TimeRangePicker picker;
        picker.setNowProvider([] { return kUtcNow * 1000; });
        picker.setSpec(RangeSpec::fromPreset(QStringLiteral("last-week")));
        picker.show();
        picker.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&picker));
        QTest::keyClick(&picker, Qt::Key_PageUp, Qt::AltModifier);
        QCOMPARE(picker.spec(), RangeSpec::absolute({1777248000, 1777852800}));
        QTest::keyClick(&picker, Qt::Key_PageDown, Qt::AltModifier);
        QCOMPARE(picker.spec(), RangeSpec::absolute({1777852800, 1778457600}));
    }

    void timeZoneChange()
    {
        TimeRangePicker picker;
        picker.setNowProvider([] { return kBerlinNow * 1000; });
        picker.setSpec(RangeSpec::absolute({1774738800, 1774821600}));
        picker.show();
        QSignalSpy zoneSpy(&picker, &TimeRangePicker::timeZoneChanged);
        QSignalSpy changed(&picker, &TimeRangePicker::specChanged);
        auto *range = part<QToolButton>(&picker, "rangeButton");
        QCOMPARE(range->text(), QStringLiteral("28 Mar 2026 23:00 – 29 Mar 2026 22:00"));

        picker.openPopup();
        auto *popup = part<QWidget>(&picker, "timeRangePopup");
        auto *combo = part<QComboBox>(&picker, "timeZoneCombo");
        QCOMPARE(combo->currentText(), QStringLiteral("UTC"));
        combo->setFocus();
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo, QStringLiteral("europe/berlin"));
        QTest::keyClick(combo, Qt::Key_Return);
        QCOMPARE(zoneSpy.count(), 1);
        QCOMPARE(zoneSpy.at(0).at(0).toByteArray(), QByteArray("Europe/Berlin"));
        QCOMPARE(picker.timeZone(), QByteArray("Europe/Berlin"));
        QCOMPARE(combo->currentText(), QStringLiteral("Europe/Berlin"));
        // Same instants, now written in Berlin time; Enter in the zone field applies nothing.
        QCOMPARE(range->text(), QStringLiteral("29 Mar 2026"));
        QVERIFY(popup->isVisible());
        QCOMPARE(changed.count(), 0);

        // An unknown zone is refused and the field shows the zone in effect again.
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo, QStringLiteral("Mars/Olympus"));
        QTest::keyClick(combo, Qt::Key_Return);
        QCOMPARE(zoneSpy.count(), 1);
        QCOMPARE(combo->currentText(), QStringLiteral("Europe/Berlin"));

        // The arrow keys walk the list of zones.
        QStringList ids;
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
            ids.append(QString::fromUtf8(id));
        ids.sort();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(zoneSpy.count(), 2);
        QCOMPARE(zoneSpy.at(1).at(0).toByteArray(),
                 ids.at(ids.indexOf(QStringLiteral("Europe/Berlin")) + 1).toUtf8());

        // Setting the zone from outside is silent, and the popup follows it.
        picker.setTimeZone("America/New_York");
        QCOMPARE(zoneSpy.count(), 2);
        QCOMPARE(combo->currentText(), QStringLiteral("America/New_York"));
        picker.setTimeZone("Not/A_Zone");
        QCOMPARE(picker.timeZone(), QByteArray("America/New_York"));
    }
};

QTEST_MAIN(TestTimeRangePicker)
#include "tst_timerangepicker.moc"
