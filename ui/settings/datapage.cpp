#include "settings/datapage.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>

namespace es::ui {

namespace {
int *daysOf(RetentionPolicy &p, size_t i)
{
    int *fields[] = {&p.rawDays, &p.minuteDays, &p.hourDays, &p.detailMinuteDays, &p.detailHourDays};
    return fields[i];
}
} // namespace

DataPage::DataPage(QWidget *parent)
    : SettingsPage(tr("Data"), true, parent), m_groups(new QStandardItemModel(this)),
      m_groupView(new QListView(this)), m_params(new QLineEdit(this)), m_pairs(new QLineEdit(this))
{
    const char *names[] = {"rawSpin", "minuteSpin", "hourSpin", "pathMinuteSpin", "pathHourSpin"};
    for (size_t i = 0; i < m_days.size(); ++i) {
        auto *s = m_days[i] = new QSpinBox(this);
        s->setObjectName(QString::fromLatin1(names[i]));
        s->setRange(0, RetentionPolicy::kMaxDays);
        s->setSpecialValueText(tr("forever"));
        s->setSuffix(tr(" days"));
        s->setAccelerated(true);
        connect(s, &QSpinBox::valueChanged, s,
                [s](int days) { s->setSuffix(days == 1 ? tr(" day") : tr(" days")); });
        watch(s);
    }
    auto *keep = new QGroupBox(tr("Keep"), this);
    auto *grid = new QGridLayout(keep);
    const QString labels[] = {tr("&Raw events (search):"), tr("&Minute rollups:"), tr("&Hour rollups:"),
                              tr("Minute rollups of &paths:"), tr("Hour rollups of pa&ths:")};
    const int rows[] = {0, 1, 2, 1, 2}, columns[] = {0, 0, 0, 2, 2};
    for (size_t i = 0; i < m_days.size(); ++i) {
        auto *label = new QLabel(labels[i], keep);
        label->setBuddy(m_days[i]);
        grid->addWidget(label, rows[i], columns[i]);
        grid->addWidget(m_days[i], rows[i], columns[i] + 1);
    }
    grid->addWidget(new QLabel(tr("Day rollups: forever"), keep), 0, 2, 1, 2);
    grid->addWidget(hint(tr("Counted back from the newest event. Lowering a period removes the older rows "
                            "when you press OK.")),
                    3, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto *aggregate = new QGroupBox(tr("Pre-aggregate"), this);
    m_groupView->setObjectName(QStringLiteral("groupList"));
    m_groupView->setModel(m_groups);
    m_groupView->setFlow(QListView::LeftToRight);
    m_groupView->setWrapping(true);
    m_groupView->setResizeMode(QListView::Adjust);
    m_groupView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groupView->setSelectionMode(QAbstractItemView::NoSelection);
    int widest = 0;
    for (const QString &name : AnalyticsSettings::allGroupNames()) {
        auto *item = new QStandardItem(name);
        item->setCheckable(true);
        item->setData(name, Qt::UserRole);
        m_groups->appendRow(item);
        widest = std::max(widest, fontMetrics().horizontalAdvance(name));
    }
    // Columns as wide as the longest name (with its check box), and as many
    // rows as the names need at three columns (the page is never narrower).
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorWidth) + 16;
    const QSize cell(widest + indicator, fontMetrics().height() + 6);
    m_groupView->setGridSize(cell);
    const int groupRows = (m_groups->rowCount() + 2) / 3;
    m_groupView->setMinimumWidth(cell.width() * 3 + 2 * m_groupView->frameWidth() + 4);
    m_groupView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_groupView->setFixedHeight(cell.height() * groupRows + 2 * m_groupView->frameWidth() + 4);
    connect(m_groups, &QStandardItemModel::itemChanged, this, &SettingsPage::changed);
    m_params->setObjectName(QStringLiteral("paramsEdit"));
    m_params->setPlaceholderText(tr("none; for example plan, os_type"));
    m_pairs->setObjectName(QStringLiteral("pairsEdit"));
    m_pairs->setPlaceholderText(tr("none; for example country:browser"));
    for (QLineEdit *e : {m_params, m_pairs}) {
        e->setClearButtonEnabled(true);
        connect(e, &QLineEdit::textChanged, this, &SettingsPage::changed);
    }
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Groups:"), m_groupView);
    form->addRow(tr("params.* &keys:"), m_params);
    form->addRow(tr("P&airs:"), m_pairs);
    auto *aggregateBox = new QVBoxLayout(aggregate);
    aggregateBox->addLayout(form);
    aggregateBox->addWidget(
        hint(tr("Fewer groups import faster and take less space; queries that need a group "
                "that is off say so. At most %1 params keys and %2 pairs; one that is "
                "removed loses its rows.")
                 .arg(schema::kParamSlots)
                 .arg(schema::kPairSlots)));

    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(keep);
    box->addWidget(aggregate);
    box->addStretch(1);
}

void DataPage::load(const SettingsValues &values)
{
    RetentionPolicy r = values.workspace.retention;
    for (size_t i = 0; i < m_days.size(); ++i)
        m_days[i]->setValue(*daysOf(r, i));
    const AnalyticsSettings &a = values.workspace.analytics;
    const QStringList on = AnalyticsSettings::groupNames(a.groups);
    {
        QSignalBlocker block(m_groups);
        for (int row = 0; row < m_groups->rowCount(); ++row) {
            QStandardItem *item = m_groups->item(row);
            item->setCheckState(on.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                 : Qt::Unchecked);
        }
    }
    m_groupView->viewport()->update();
    m_loadedParams = a.paramKeys;
    m_loadedPairs = a.pairs;
    QStringList keys, pairs;
    for (const QString &k : a.paramKeys) {
        if (!k.isEmpty())
            keys << k;
    }
    for (const auto &p : a.pairs) {
        if (p[0] >= 0)
            pairs << AnalyticsSettings::pairName(p);
    }
    m_params->setText(keys.join(QStringLiteral(", ")));
    m_pairs->setText(pairs.join(QStringLiteral(", ")));
    emit changed();
}

bool DataPage::editedParams(QStringList *keys, QString *error) const
{
    *keys = m_loadedParams;
    const QString text = m_params->text().trimmed();
    return AnalyticsSettings::editParamKeys(*keys, text.isEmpty() ? QStringLiteral("none") : text, error);
}

bool DataPage::editedPairs(std::array<std::array<int, 2>, schema::kPairSlots> *pairs, QString *error) const
{
    *pairs = m_loadedPairs;
    // Removals first, so that their slots are free for what is added.
    const QStringList wanted = m_pairs->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto listed = [&wanted](const std::array<int, 2> &p) {
        for (const QString &w : wanted) {
            std::array<std::array<int, 2>, schema::kPairSlots> one = {
                {{-1, -1}, {-1, -1}, {-1, -1}, {-1, -1}}};
            if (AnalyticsSettings::editPairs(one, w, nullptr) &&
                ((one[0][0] == p[0] && one[0][1] == p[1]) || (one[0][0] == p[1] && one[0][1] == p[0])))
                return true;
        }
        return false;
    };
    QStringList edit;
    for (const auto &p : m_loadedPairs) {
        if (p[0] >= 0 && !listed(p))
            edit << QStringLiteral("-") + AnalyticsSettings::pairName(p);
    }
    for (const QString &w : wanted)
        edit << QStringLiteral("+") + w.trimmed();
    return edit.isEmpty() || AnalyticsSettings::editPairs(*pairs, edit.join(QLatin1Char(',')), error);
}

void DataPage::store(SettingsValues &values) const
{
    RetentionPolicy &r = values.workspace.retention;
    for (size_t i = 0; i < m_days.size(); ++i)
        *daysOf(r, i) = m_days[i]->value();
    AnalyticsSettings &a = values.workspace.analytics;
    QStringList on;
    for (int row = 0; row < m_groups->rowCount(); ++row) {
        if (m_groups->item(row)->checkState() == Qt::Checked)
            on << m_groups->item(row)->data(Qt::UserRole).toString();
    }
    a.groups = AnalyticsSettings::groupsFromNames(on, nullptr).value_or(a.groups);
    QString ignored;
    QStringList keys;
    if (editedParams(&keys, &ignored))
        a.paramKeys = keys;
    std::array<std::array<int, 2>, schema::kPairSlots> pairs;
    if (editedPairs(&pairs, &ignored))
        a.pairs = pairs;
}

QStringList DataPage::problems() const
{
    QStringList out;
    const QString names[] = {tr("raw events"), tr("minute rollups"), tr("hour rollups"),
                             tr("minute rollups of paths"), tr("hour rollups of paths")};
    for (size_t i = 0; i < m_days.size(); ++i) {
        if (!m_days[i]->hasAcceptableInput())
            out << tr("Enter how many days %1 are kept: 0 (forever) to %2.")
                       .arg(names[i])
                       .arg(RetentionPolicy::kMaxDays);
    }
    QString error;
    QStringList keys;
    if (!editedParams(&keys, &error))
        out << error;
    std::array<std::array<int, 2>, schema::kPairSlots> pairs;
    if (!editedPairs(&pairs, &error))
        out << error;
    return out;
}

} // namespace es::ui
