// The report template editor: an untouched template comes back unchanged,
// every edit (title, range, comparison, sections added, moved, removed and
// edited) reaches result() exactly, OK follows ReportTemplates::validate()
// and the dialog shows its message, keyboard shortcuts, the section list
// model under QAbstractItemModelTester, and a screenshot whose labels are
// not clipped.

#include "query/labels.h"
#include "reports/reporttemplate.h"
#include "reports/sectionlistmodel.h"
#include "reports/templateeditordialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QIcon>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace es;
using namespace es::ui;

namespace {

ReportTemplate builtIn(const QString &id)
{
    auto t = ReportTemplates::find(ReportTemplates::builtIns(), id);
    return t.value_or(ReportTemplate{});
}

template<class T> T *child(const QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

QByteArray json(const ReportTemplate &t)
{
    return QJsonDocument(ReportTemplates::toJson(t)).toJson(QJsonDocument::Indented);
}

QListWidgetItem *metricItem(const QListWidget *list, MetricId id)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toInt() == int(id))
            return list->item(i);
    }
    return nullptr;
}

// Unchecks every metric, then checks `metrics` one by one, as a user would.
void setMetrics(QListWidget *list, const std::vector<MetricId> &metrics)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(Qt::Unchecked);
    for (MetricId m : metrics)
        metricItem(list, m)->setCheckState(Qt::Checked);
}

std::vector<MetricId> checkedInListOrder(const QListWidget *list)
{
    std::vector<MetricId> out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out.push_back(MetricId(list->item(i)->data(Qt::UserRole).toInt()));
    }
    return out;
}

void selectSection(const TemplateEditorDialog &dlg, int row)
{
    auto *list = child<QListView>(&dlg, "sectionList");
    list->setCurrentIndex(list->model()->index(row, 0));
}

QPushButton *okButton(const TemplateEditorDialog &dlg)
{
    return child<QDialogButtonBox>(&dlg, "buttonBox")->button(QDialogButtonBox::Ok);
}

QString problem(const TemplateEditorDialog &dlg)
{
    return child<QLabel>(&dlg, "problemLabel")->text();
}

} // namespace

class TestTemplateEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sectionModel();
    void untouchedBuiltInComesBack_data();
    void untouchedBuiltInComesBack();
    void editsReachResult();
    void ownRangeFiltersAndDimensionsKept();
    void validationBlocksOk();
    void metricLimits();
    void textSectionRoundTrips();
    void moversRefuseRatio();
    void keyboard();
    void screenshot();
};

void TestTemplateEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCOMPARE(ReportTemplates::builtIns().size(), size_t(4));
}

void TestTemplateEditor::sectionModel()
{
    SectionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ReportTemplate weekly = builtIn(QStringLiteral("weekly-summary"));
    model.setSections(weekly.sections);
    QCOMPARE(model.rowCount(), 6);

    ReportSection kpis;
    kpis.kind = SectionKind::Kpis;
    kpis.metrics = {MetricId::Visitors, MetricId::PageViews};
    model.insertSection(0, kpis);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("KPI summary — Visitors, Page views"));
    QCOMPARE(model.index(1).data().toString(),
             QStringLiteral("KPI summary — Visitors, Page views, Sessions and 3 more"));
    QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Downloads, Hits")));
    QCOMPARE(model.index(4).data().toString(), QStringLiteral("Breakdown table — Top 10 by Country"));
    QCOMPARE(model.index(4).data(SectionListModel::KindRole).toInt(), int(SectionKind::Breakdown));

    // Down by one: the row goes before the one after its neighbour.
    QVERIFY(model.moveRows({}, 0, 1, {}, 2));
    QCOMPARE(model.section(1), kpis);
    QCOMPARE(model.section(0), weekly.sections[0]);
    QVERIFY(model.moveRows({}, 1, 1, {}, 0));
    QCOMPARE(model.section(0), kpis);
    QVERIFY(!model.moveRows({}, 0, 1, {}, 1)); // onto itself
    QVERIFY(!model.moveRows({}, 0, 1, {}, 8)); // past the end

    ReportSection titled = weekly.sections[3];
    titled.title = QStringLiteral("Where readers live");
    model.setSection(4, titled);
    QCOMPARE(model.index(4).data().toString(), QStringLiteral("Breakdown table — Where readers live"));
    QVERIFY(model.removeRows(1, 2));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.section(2), titled);
    QVERIFY(!model.removeRows(4, 2));
}

void TestTemplateEditor::untouchedBuiltInComesBack_data()
{
    QTest::addColumn<QString>("id");
    for (const ReportTemplate &t : ReportTemplates::builtIns())
        QTest::newRow(qPrintable(t.id)) << t.id;
}

void TestTemplateEditor::untouchedBuiltInComesBack()
{
    QFETCH(QString, id);
    const ReportTemplate in = builtIn(id);
    QVERIFY(in.builtIn);
    TemplateEditorDialog dlg(in, {});
    dlg.show();
    QVERIFY(QTest::qWaitForWindowActive(&dlg));
    QVERIFY(okButton(dlg)->isEnabled());
    QVERIFY(problem(dlg).isEmpty());
    // Walking through every section loads and shows it without changing it.
    for (int row = 0; row < int(in.sections.size()); ++row)
        selectSection(dlg, row);
    QTest::keyClick(&dlg, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dlg.QDialog::result(), int(QDialog::Accepted));

    ReportTemplate expected = in;
    expected.builtIn = false;
    QCOMPARE(json(dlg.result()), json(expected));
    QVERIFY(dlg.result() == expected);
}

void TestTemplateEditor::editsReachResult()
{
    const ReportTemplate weekly = builtIn(QStringLiteral("weekly-summary"));
    TemplateEditorDialog dlg(weekly, {});
    dlg.show();
    QVERIFY(QTest::qWaitForWindowActive(&dlg));

    auto *title = child<QLineEdit>(&dlg, "titleEdit");
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Board summary"));
    auto *range = child<QComboBox>(&dlg, "rangeCombo");
    range->setCurrentIndex(range->findData(QStringLiteral("preset:last-30d")));
    QCOMPARE(range->currentText(), QStringLiteral("Last 30 days"));
    auto *comparison = child<QComboBox>(&dlg, "comparisonCombo");
    comparison->setCurrentIndex(comparison->findData(int(Comparison::YearOverYear)));

    child<QTabWidget>(&dlg, "tabs")->setCurrentIndex(1);
    auto *list = child<QListView>(&dlg, "sectionList");
    selectSection(dlg, 2);
    auto *addBreakdown = child<QAction>(&dlg, "add-breakdown");
    QVERIFY(addBreakdown);
    addBreakdown->trigger();
    QCOMPARE(list->currentIndex().row(), 3); // after the selected one, and selected

    auto *kind = child<QComboBox>(&dlg, "sectionKindCombo");
    QCOMPARE(kind->currentData().toInt(), int(SectionKind::Breakdown));
    auto *dimension = child<QComboBox>(&dlg, "dimensionCombo");
    QVERIFY(dimension->isVisibleTo(&dlg));
    QVERIFY(!child<QPlainTextEdit>(&dlg, "sectionTextEdit")->isVisibleTo(&dlg));
    dimension->setCurrentIndex(dimension->findData(QStringLiteral("country")));
    QCOMPARE(dimension->currentText(), Labels::dimensionTitle(DimensionId::Country));
    auto *metrics = child<QListWidget>(&dlg, "metricList");
    setMetrics(metrics, {MetricId::Visitors, MetricId::PageViews});
    auto *topN = child<QSpinBox>(&dlg, "topNSpin");
    QCOMPARE(topN->maximum(), 1000);
    topN->setValue(15);
    QCOMPARE(child<QLineEdit>(&dlg, "sectionTitleEdit")->placeholderText(),
             QStringLiteral("Top 15 by Country"));
    // The checked metrics move to the top in the order they were checked.
    QTRY_VERIFY(checkedInListOrder(metrics) ==
                std::vector<MetricId>({MetricId::Visitors, MetricId::PageViews}));
    QCOMPARE(MetricId(metrics->item(0)->data(Qt::UserRole).toInt()), MetricId::Visitors);

    list->setFocus();
    QTest::keyClick(list, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(list->currentIndex().row(), 2);
    QCOMPARE(list->model()->index(2, 0).data().toString(),
             QStringLiteral("Breakdown table — Top 15 by Country"));

    // Rows now: KPIs, time series, the new one, URL table, country table, pie, movers.
    selectSection(dlg, 5);
    QCOMPARE(list->model()->index(5, 0).data(SectionListModel::KindRole).toInt(), int(SectionKind::Pie));
    QTest::mouseClick(child<QToolButton>(&dlg, "removeSectionButton"), Qt::LeftButton);
    QCOMPARE(list->model()->rowCount(), 6);
    QCOMPARE(list->currentIndex().row(), 5); // the movers section, now in the pie's place

    ReportSection added;
    added.kind = SectionKind::Breakdown;
    added.metrics = {MetricId::Visitors, MetricId::PageViews};
    added.dimension = QStringLiteral("country");
    added.topN = 15;
    ReportTemplate expected = weekly;
    expected.title = QStringLiteral("Board summary");
    expected.range = RangeSpec::fromPreset(QStringLiteral("last-30d"));
    expected.comparison = Comparison::YearOverYear;
    expected.sections.erase(expected.sections.begin() + 4);
    expected.sections.insert(expected.sections.begin() + 2, added);
    expected.builtIn = false;

    const ReportTemplate out = dlg.result();
    QCOMPARE(out.title, expected.title);
    QCOMPARE(out.range, expected.range);
    QCOMPARE(out.comparison, expected.comparison);
    QCOMPARE(out.sections.size(), size_t(6));
    QCOMPARE(out.sections[2], added);
    QCOMPARE(out.sections[5].kind, SectionKind::Movers);
    QCOMPARE(json(out), json(expected));
    QVERIFY(out == expected);
    QVERIFY(okButton(dlg)->isEnabled());
}

void TestTemplateEditor::ownRangeFiltersAndDimensionsKept()
{
    ReportTemplate t;
    t.id = QStringLiteral("user-campaigns");
    t.title = QStringLiteral("Campaigns");
    t.range = RangeSpec::relative(QStringLiteral("now-3d"), QStringLiteral("now"));
    t.granularity = std::nullopt;
    t.timeZone = "Europe/Berlin";
    t.comparison = Comparison::None;
    t.bots = BotMode::Exclude;
    t.filters = {
        {QStringLiteral("params.campaign"), {QStringLiteral("spring, 2024"), QStringLiteral("summer")}},
        {QStringLiteral("country"), {QStringLiteral("DE")}}};
    ReportSection pie;
    pie.kind = SectionKind::Pie;
    pie.metrics = {MetricId::Visitors};
    pie.dimension = QStringLiteral("params.campaign"); // not a key of this workspace
    pie.topN = 7;
    t.sections = {pie};

    TemplateEditorDialog dlg(t, {QStringLiteral("plan")});
    auto *range = child<QComboBox>(&dlg, "rangeCombo");
    QCOMPARE(range->currentIndex(), 0);
    QCOMPARE(range->currentText(), QStringLiteral("Custom: Last 3 days"));
    QCOMPARE(child<QComboBox>(&dlg, "granularityCombo")->currentText(), QStringLiteral("Automatic"));
    QVERIFY(!child<QCheckBox>(&dlg, "workspaceZoneCheck")->isChecked());
    QCOMPARE(dlg.result(), [&] {
        ReportTemplate e = t;
        e.builtIn = false;
        return e;
    }());
    auto *dimension = child<QComboBox>(&dlg, "dimensionCombo");
    QVERIFY(dimension->findData(QStringLiteral("params.plan")) >= 0);
    QCOMPARE(dimension->currentData().toString(), QStringLiteral("params.campaign"));

    // Edited values are split at commas; a new filter without values is left out.
    const QList<QLineEdit *> values = dlg.findChildren<QLineEdit *>(QStringLiteral("filterValuesEdit"));
    QCOMPARE(values.size(), 2);
    values[0]->setText(QStringLiteral("autumn , winter,"));
    QTest::mouseClick(child<QToolButton>(&dlg, "addFilterButton"), Qt::LeftButton);
    QCOMPARE(dlg.findChildren<QLineEdit *>(QStringLiteral("filterValuesEdit")).size(), 3);
    QCOMPARE(dlg.result().filters.size(), size_t(2));
    const QList<QToolButton *> removes =
        dlg.findChildren<QToolButton *>(QStringLiteral("removeFilterButton"));
    QTest::mouseClick(removes[1], Qt::LeftButton); // country
    auto *workspaceZone = child<QCheckBox>(&dlg, "workspaceZoneCheck");
    workspaceZone->setChecked(true);
    auto *bots = child<QComboBox>(&dlg, "botsCombo");
    bots->setCurrentIndex(bots->findData(int(BotMode::Only)));
    auto *granularity = child<QComboBox>(&dlg, "granularityCombo");
    granularity->setCurrentIndex(granularity->findData(int(Granularity::Week)));

    const ReportTemplate out = dlg.result();
    QCOMPARE(out.filters.size(), size_t(1));
    QCOMPARE(out.filters[0].dimension, QStringLiteral("params.campaign"));
    QCOMPARE(out.filters[0].values, QStringList({QStringLiteral("autumn"), QStringLiteral("winter")}));
    QCOMPARE(out.timeZone, QByteArray());
    QCOMPARE(out.bots, BotMode::Only);
    QCOMPARE(out.granularity, std::optional<Granularity>(Granularity::Week));
    QCOMPARE(out.range, t.range);
    QCOMPARE(out.id, t.id);
}

void TestTemplateEditor::validationBlocksOk()
{
    const ReportTemplate weekly = builtIn(QStringLiteral("weekly-summary"));
    TemplateEditorDialog dlg(weekly, {});
    auto *title = child<QLineEdit>(&dlg, "titleEdit");
    title->clear();
    QVERIFY(!okButton(dlg)->isEnabled());
    QVERIFY(problem(dlg).contains(QStringLiteral("no title")));
    QCOMPARE(problem(dlg), ReportTemplates::validate(dlg.result()));
    title->setText(QStringLiteral("   "));
    QVERIFY(!okButton(dlg)->isEnabled());
    title->setText(QStringLiteral("Weekly"));
    QVERIFY(okButton(dlg)->isEnabled());
    QCOMPARE(problem(dlg), QString());

    selectSection(dlg, 0);
    auto *metrics = child<QListWidget>(&dlg, "metricList");
    setMetrics(metrics, {});
    QVERIFY(dlg.result().sections[0].metrics.empty());
    QVERIFY(!okButton(dlg)->isEnabled());
    QCOMPARE(problem(dlg), ReportTemplates::validate(dlg.result()));
    QVERIFY(problem(dlg).startsWith(QStringLiteral("Section 1 (KPI summary)")));
    metricItem(metrics, MetricId::Hits)->setCheckState(Qt::Checked);
    QVERIFY(okButton(dlg)->isEnabled());
    QCOMPARE(problem(dlg), QString());
    QCOMPARE(dlg.result().sections[0].metrics, std::vector<MetricId>{MetricId::Hits});

    // Ctrl+Return does nothing while the template cannot be run.
    title->clear();
    QTest::keyClick(&dlg, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(dlg.QDialog::result(), int(QDialog::Rejected));
}

void TestTemplateEditor::metricLimits()
{
    TemplateEditorDialog dlg(builtIn(QStringLiteral("weekly-summary")), {});
    selectSection(dlg, 1); // time series: at most 3
    auto *metrics = child<QListWidget>(&dlg, "metricList");
    setMetrics(metrics, {MetricId::Hits, MetricId::Errors, MetricId::Bytes});
    QVERIFY(!(metricItem(metrics, MetricId::Sessions)->flags() & Qt::ItemIsEnabled));
    QVERIFY(metricItem(metrics, MetricId::Hits)->flags() & Qt::ItemIsEnabled);
    metricItem(metrics, MetricId::Sessions)->setCheckState(Qt::Checked);
    QCOMPARE(metricItem(metrics, MetricId::Sessions)->checkState(), Qt::Unchecked);
    QCOMPARE(dlg.result().sections[1].metrics,
             std::vector<MetricId>({MetricId::Hits, MetricId::Errors, MetricId::Bytes}));

    // Reordering: Bytes up to second place.
    metrics->setCurrentItem(metricItem(metrics, MetricId::Bytes));
    child<QAction>(&dlg, "metricUpAction")->trigger();
    QCOMPARE(dlg.result().sections[1].metrics,
             std::vector<MetricId>({MetricId::Hits, MetricId::Bytes, MetricId::Errors}));
    QCOMPARE(checkedInListOrder(metrics), dlg.result().sections[1].metrics);

    // Pie takes one metric: switching trims, checking another swaps.
    auto *kind = child<QComboBox>(&dlg, "sectionKindCombo");
    kind->setCurrentIndex(kind->findData(int(SectionKind::Pie)));
    QCOMPARE(dlg.result().sections[1].metrics, std::vector<MetricId>{MetricId::Hits});
    QCOMPARE(dlg.result().sections[1].dimension, QStringLiteral("device"));
    metricItem(metrics, MetricId::Visitors)->setCheckState(Qt::Checked);
    QCOMPARE(dlg.result().sections[1].metrics, std::vector<MetricId>{MetricId::Visitors});
    QCOMPARE(metricItem(metrics, MetricId::Hits)->checkState(), Qt::Unchecked);
    QVERIFY(okButton(dlg)->isEnabled());
}

void TestTemplateEditor::textSectionRoundTrips()
{
    TemplateEditorDialog dlg(builtIn(QStringLiteral("daily-traffic")), {});
    selectSection(dlg, 0);
    child<QAction>(&dlg, "add-text")->trigger();
    QVERIFY(!okButton(dlg)->isEnabled());
    QCOMPARE(problem(dlg), ReportTemplates::validate(dlg.result()));
    QVERIFY(problem(dlg).contains(QStringLiteral("no text")));
    QVERIFY(!child<QListWidget>(&dlg, "metricList")->isVisibleTo(&dlg));
    QVERIFY(!child<QSpinBox>(&dlg, "topNSpin")->isVisibleTo(&dlg));

    const QString text = QStringLiteral("Figures exclude bots.\n\nVisitors are counted over the whole day.");
    auto *edit = child<QPlainTextEdit>(&dlg, "sectionTextEdit");
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Figures exclude bots."));
    edit->setPlainText(text);
    QTest::keyClicks(child<QLineEdit>(&dlg, "sectionTitleEdit"), QStringLiteral("Notes"));
    QVERIFY(okButton(dlg)->isEnabled());

    const ReportTemplate out = dlg.result();
    QCOMPARE(out.sections.size(), builtIn(QStringLiteral("daily-traffic")).sections.size() + 1);
    const ReportSection &s = out.sections[1];
    QCOMPARE(s.kind, SectionKind::Text);
    QCOMPARE(s.title, QStringLiteral("Notes"));
    QCOMPARE(s.text, text);
    QVERIFY(s.metrics.empty());

    // Again through a second dialog and through JSON, as saving would.
    TemplateEditorDialog again(out, {});
    QCOMPARE(again.result(), out);
    auto *list = child<QListView>(&again, "sectionList");
    QCOMPARE(list->model()->index(1, 0).data().toString(), QStringLiteral("Free text — Notes"));
    QString error;
    const auto read = ReportTemplates::fromJson(ReportTemplates::toJson(out), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(*read, out);
}

void TestTemplateEditor::moversRefuseRatio()
{
    TemplateEditorDialog dlg(builtIn(QStringLiteral("weekly-summary")), {});
    selectSection(dlg, 5);
    QCOMPARE(child<QComboBox>(&dlg, "sectionKindCombo")->currentData().toInt(), int(SectionKind::Movers));
    auto *metrics = child<QListWidget>(&dlg, "metricList");
    metricItem(metrics, MetricId::BounceRate)->setCheckState(Qt::Checked);
    QCOMPARE(dlg.result().sections[5].metrics, std::vector<MetricId>{MetricId::BounceRate});
    QVERIFY(!okButton(dlg)->isEnabled());
    QCOMPARE(problem(dlg), ReportTemplates::validate(dlg.result()));
    QVERIFY(problem(dlg).contains(QStringLiteral("ratio")));
    // The list does not number its rows: the section meant is marked.
    const QModelIndex movers = child<QListView>(&dlg, "sectionList")->model()->index(5, 0);
    QVERIFY(!movers.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(movers.data(Qt::ToolTipRole).toString().startsWith(problem(dlg)));
    QVERIFY(movers.siblingAtRow(4).data(Qt::DecorationRole).isNull());
    metricItem(metrics, MetricId::Downloads)->setCheckState(Qt::Checked);
    QVERIFY(okButton(dlg)->isEnabled());
    QVERIFY(problem(dlg).isEmpty());
    QVERIFY(movers.data(Qt::DecorationRole).isNull());
}

void TestTemplateEditor::keyboard()
{
    const ReportTemplate weekly = builtIn(QStringLiteral("weekly-summary"));
    {
        TemplateEditorDialog dlg(weekly, {});
        dlg.show();
        QVERIFY(QTest::qWaitForWindowActive(&dlg));
        child<QTabWidget>(&dlg, "tabs")->setCurrentIndex(1);
        auto *list = child<QListView>(&dlg, "sectionList");
        list->setFocus();
        selectSection(dlg, 0);
        QTest::keyClick(list, Qt::Key_Down, Qt::ControlModifier);
        QTest::keyClick(list, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(list->currentIndex().row(), 2);
        QCOMPARE(dlg.result().sections[2], weekly.sections[0]);
        QCOMPARE(dlg.result().sections[0], weekly.sections[1]);
        QTest::keyClick(list, Qt::Key_Delete);
        // The KPIs, which were third, are gone; the URL table moved up.
        QCOMPARE(dlg.result().sections.size(), size_t(5));
        QCOMPARE(dlg.result().sections[1], weekly.sections[2]);
        QCOMPARE(dlg.result().sections[2], weekly.sections[3]);
        QCOMPARE(list->currentIndex().row(), 2);

        // Accepted from the multi-line description, where Return is a new line.
        child<QTabWidget>(&dlg, "tabs")->setCurrentIndex(0);
        auto *description = child<QPlainTextEdit>(&dlg, "descriptionEdit");
        description->setFocus();
        description->moveCursor(QTextCursor::End);
        QTest::keyClick(description, Qt::Key_Return);
        QSignalSpy accepted(&dlg, &QDialog::accepted);
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dlg.result().description, weekly.description + QLatin1Char('\n'));
    }
    {
        TemplateEditorDialog dlg(weekly, {});
        dlg.show();
        QVERIFY(QTest::qWaitForWindowActive(&dlg));
        QSignalSpy rejected(&dlg, &QDialog::rejected);
        QTest::keyClick(child<QLineEdit>(&dlg, "titleEdit"), Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
    }
}

void TestTemplateEditor::screenshot()
{
    TemplateEditorDialog dlg(builtIn(QStringLiteral("weekly-summary")), {QStringLiteral("campaign")});
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    QCOMPARE(dlg.size(), QSize(820, 600));
    auto *tabs = child<QTabWidget>(&dlg, "tabs");
    // The docs use the Sections page; the General page is kept for a look.
    const QString docs = qEnvironmentVariable("ES_SCREENSHOT_DIR");
    const QString sectionsPath =
        docs.isEmpty() ? QDir::temp().filePath(QStringLiteral("eventscope-report-template-editor.png"))
                       : QDir(docs).filePath(QStringLiteral("report-template-editor.png"));
    const QString generalPath =
        QDir::temp().filePath(QStringLiteral("eventscope-report-template-editor-general.png"));
    QTest::mouseClick(child<QToolButton>(&dlg, "addFilterButton"), Qt::LeftButton);
    auto *filterDimension = child<QComboBox>(&dlg, "filterDimensionCombo");
    filterDimension->setCurrentIndex(filterDimension->findData(QStringLiteral("country")));
    QTest::keyClicks(child<QLineEdit>(&dlg, "filterValuesEdit"), QStringLiteral("DE, AT, CH"));
    QCOMPARE(dlg.result().filters.size(), size_t(1));
    for (int page : {0, 1}) {
        tabs->setCurrentIndex(page);
        if (page == 1)
            selectSection(dlg, 3);
        QCoreApplication::processEvents();
        // A label narrower than its text is cut off on screen.
        for (const QLabel *label : dlg.findChildren<QLabel *>()) {
            if (!label->isVisible() || label->wordWrap() || label->text().isEmpty())
                continue;
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        }
        const QImage shot = dlg.grab().toImage();
        QCOMPARE(shot.size() / shot.devicePixelRatio(), dlg.size());
        const QString path = page == 1 ? sectionsPath : generalPath;
        QVERIFY2(shot.save(path), qPrintable(path));
        qInfo("%s", qPrintable(path));
    }

    // The message of a template that cannot run: shown in full beside the buttons.
    selectSection(dlg, 5);
    metricItem(child<QListWidget>(&dlg, "metricList"), MetricId::BounceRate)->setCheckState(Qt::Checked);
    QCoreApplication::processEvents();
    auto *message = child<QLabel>(&dlg, "problemLabel");
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QVERIFY2(message->height() >= message->heightForWidth(message->width()), qPrintable(message->text()));
    const QString problemPath =
        QDir::temp().filePath(QStringLiteral("eventscope-report-template-editor-problem.png"));
    QVERIFY(dlg.grab().save(problemPath));
    qInfo("%s", qPrintable(problemPath));
}

QTEST_MAIN(TestTemplateEditor)
#include "tst_templateeditor.moc"
