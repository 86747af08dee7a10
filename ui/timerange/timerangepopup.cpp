#include "timerange/timerangepopup.h"

#include "core/timeexpr.h"
#include "timerange/paddeditemdelegate.h"
#include "timerange/rangelistmodel.h"
#include "timerange/timezonecombo.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QVBoxLayout>
#include <algorithm>

namespace es::ui {

namespace {

constexpr int kRecentRows = 5;

QLabel *sectionHeader(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// The locale's short date and time, with four-digit years (a two-digit year
// is ambiguous while typing) and without the seconds a range rarely needs.
QString editFormat()
{
    const QLocale locale;
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(QLatin1String("yyyy")))
        date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QLatin1String(":ss"));
    return date + QLatin1Char(' ') + time;
}

// The edits show wall-clock time of the workspace zone, which need not be the
// system's. They hold it as a zone-less UTC value, so the system zone's DST
// gaps cannot shift what the user typed; the workspace zone converts it.
QDateTime wallClock(std::int64_t utcSecs, const ZoneBucketer &zone)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs + zone.offsetAt(utcSecs), Qt::UTC);
}

std::int64_t fromWallClock(const QDateTime &wall, const ZoneBucketer &zone)
{
    return zone.localToUtc(wall.toSecsSinceEpoch());
}

// Presets that the relative section can say in its own words, so switching
// to it starts from the same range.
std::optional<std::pair<QString, QString>> relativeEquivalent(const QString &preset)
{
    static const struct
    {
        QLatin1String id;
        QLatin1String from;
        QLatin1String to;
    } kSame[] = {
        {QLatin1String("last-15m"), QLatin1String("now-15m"), QLatin1String("now")},
        {QLatin1String("last-30m"), QLatin1String("now-30m"), QLatin1String("now")},
        {QLatin1String("last-1h"), QLatin1String("now-1h"), QLatin1String("now")},
        {QLatin1String("last-24h"), QLatin1String("now-24h"), QLatin1String("now")},
        {QLatin1String("last-7d"), QLatin1String("now-7d"), QLatin1String("now")},
        {QLatin1String("last-30d"), QLatin1String("now-30d"), QLatin1String("now")},
        {QLatin1String("last-90d"), QLatin1String("now-90d"), QLatin1String("now")},
        {QLatin1String("today"), QLatin1String("today"), QLatin1String("today+1d")},
        {QLatin1String("yesterday"), QLatin1String("yesterday"), QLatin1String("today")},
    };
    for (const auto &s : kSame) {
        if (preset == s.id)
            return std::make_pair(QString(s.from), QString(s.to));
    }
    return std::nullopt;
}

// No palette role is red. The error colour takes red's hue with the
// highlight's saturation, and is dark on a light window and light on a dark
// one, so it reads in both kinds of theme.
QColor errorColour(const QPalette &palette)
{
    const bool darkTheme =
        palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
    const int saturation = std::max(palette.color(QPalette::Highlight).hslSaturation(), 160);
    return QColor::fromHsl(0, saturation, darkTheme ? 170 : 100);
}

} // namespace

TimeRangePopup::TimeRangePopup(QWidget *parent)
    : QFrame(parent, Qt::Popup), m_nowMs([] { return QDateTime::currentMSecsSinceEpoch(); }),
      m_presets(new RangeListModel(this)), m_recent(new RangeListModel(this)),
      m_presetList(new QListView(this)), m_fixedMode(new QRadioButton(tr("&Fixed dates"), this)),
      m_customFrom(new QDateTimeEdit(this)), m_customTo(new QDateTimeEdit(this)),
      m_relativeMode(new QRadioButton(tr("&Relative to now"), this)), m_relativeFrom(new QLineEdit(this)),
      m_relativeTo(new QLineEdit(this)), m_validation(new QLabel(this)), m_preview(new QLabel(this)),
      m_apply(new QPushButton(tr("&Apply"), this)), m_recentHeader(sectionHeader(tr("Recent"), this)),
      m_recentList(new QListView(this)), m_zoneNote(new QLabel(this)), m_zoneCombo(new TimeZoneCombo(this))
{
    setObjectName(QStringLiteral("timeRangePopup"));
    setAccessibleName(tr("Choose a time range"));
    setFrameStyle(QFrame::StyledPanel | QFrame::Plain);
    setAutoFillBackground(true);
    // A popup is a window of its own; this lets it follow the app's palette
    // and font changes like the rest of the window.
    setAttribute(Qt::WA_WindowPropagation);

    QList<RangeSpec> presets;
    const QStringList ids = RangeSpec::presetIds();
    for (const QString &id : ids)
        presets.append(RangeSpec::fromPreset(id));
    m_presets->setSpecs(presets);
    const auto label = [this](const RangeSpec &spec) { return spec.label(m_zone); };
    const auto tip = [this](const RangeSpec &spec) {
        const std::optional<TimeRange> r = resolveRange(spec, nowMs(), m_zone, m_extent, nullptr);
        return r ? describe(*r) : QString();
    };
    m_presets->setLabeler(label);
    m_presets->setDescriber(tip);
    m_recent->setLabeler(label);
    m_recent->setDescriber(tip);

    m_presetList->setObjectName(QStringLiteral("presetList"));
    m_presetList->setAccessibleName(tr("Quick ranges"));
    m_presetList->setModel(m_presets);
    m_recentList->setObjectName(QStringLiteral("recentList"));
    m_recentList->setAccessibleName(tr("Recent ranges"));
    m_recentList->setModel(m_recent);
    auto *rows = new PaddedItemDelegate(3, this);
    for (QListView *list : {m_presetList, m_recentList}) {
        list->setItemDelegate(rows);
        list->setUniformItemSizes(true);
        list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setSelectionMode(QAbstractItemView::SingleSelection);
    }

    m_fixedMode->setObjectName(QStringLiteral("fixedMode"));
    m_relativeMode->setObjectName(QStringLiteral("relativeMode"));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_fixedMode);
    modes->addButton(m_relativeMode);

    const QString format = editFormat();
    m_customFrom->setObjectName(QStringLiteral("customFrom"));
    m_customFrom->setAccessibleName(tr("Fixed start"));
    m_customTo->setObjectName(QStringLiteral("customTo"));
    m_customTo->setAccessibleName(tr("Fixed end"));
    for (QDateTimeEdit *edit : {m_customFrom, m_customTo}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(format);
    }

    m_relativeFrom->setObjectName(QStringLiteral("relativeFrom"));
    m_relativeFrom->setAccessibleName(tr("Relative start"));
    m_relativeFrom->setPlaceholderText(tr("e.g. now-7d, today, yesterday"));
    m_relativeTo->setObjectName(QStringLiteral("relativeTo"));
    m_relativeTo->setAccessibleName(tr("Relative end"));
    m_relativeTo->setPlaceholderText(tr("e.g. now, today"));
    for (QLineEdit *edit : {m_relativeFrom, m_relativeTo})
        edit->setClearButtonEnabled(true);

    m_validation->setObjectName(QStringLiteral("validationLabel"));
    m_validation->setWordWrap(true);
    // A message wraps within the column instead of widening the popup.
    m_validation->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_validation->setTextFormat(Qt::PlainText);
    m_validation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_validation->hide();
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setTextFormat(Qt::PlainText);

    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setToolTip(tr("Use the fixed or relative range (Enter)"));

    m_zoneNote->setObjectName(QStringLiteral("zoneNote"));
    m_zoneCombo->setObjectName(QStringLiteral("timeZoneCombo"));
    m_zoneCombo->setAccessibleName(tr("Time zone"));
    m_zoneCombo->setToolTip(tr("The zone that days, weeks and the times above are counted in"));

    buildLayout();
    connectParts();
    updateColours();
    updateZoneTexts();
    setHistory({});
}

TimeRangePopup::~TimeRangePopup() = default;

void TimeRangePopup::buildLayout()
{
    auto *left = new QVBoxLayout;
    auto *presetsHeader = sectionHeader(tr("&Quick ranges"), this);
    presetsHeader->setBuddy(m_presetList);
    left->addWidget(presetsHeader);
    left->addWidget(m_presetList);
    left->addStretch();
    // Every quick range is visible at once: the list is short, and a scroll
    // bar in a popup hides choices.
    const int rowHeight = m_presetList->sizeHintForRow(0);
    const int frame = 2 * m_presetList->frameWidth();
    m_presetList->setFixedHeight(m_presets->rowCount() * rowHeight + frame);
    m_presetList->setFixedWidth(m_presetList->sizeHintForColumn(0) + frame + 2 * rowHeight);

    auto *right = new QGridLayout;
    right->setColumnStretch(1, 1);
    right->setColumnMinimumWidth(1, 2 * m_customFrom->sizeHint().width());
    int row = 0;
    const auto addField = [&](const QString &label, QWidget *field) {
        auto *name = new QLabel(label, this);
        name->setBuddy(field);
        // Under the radio button's text, so the fields read as its section.
        name->setIndent(fontMetrics().height());
        right->addWidget(name, row, 0);
        right->addWidget(field, row++, 1);
    };
    right->addWidget(m_fixedMode, row++, 0, 1, 2);
    addField(tr("From"), m_customFrom);
    addField(tr("To"), m_customTo);
    right->addWidget(m_zoneNote, row++, 1);
    right->setRowMinimumHeight(row++, 4);
    right->addWidget(m_relativeMode, row++, 0, 1, 2);
    addField(tr("From"), m_relativeFrom);
    addField(tr("To"), m_relativeTo);

    // The word-wrapped labels stay out of the grid: a grid overestimates the
    // height of wrapped text in a cell that spans columns.
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_preview, 1);
    applyRow->addWidget(m_validation, 1);
    applyRow->addWidget(m_apply, 0, Qt::AlignTop);
    m_recentList->setFixedHeight(kRecentRows * rowHeight + 2 * m_recentList->frameWidth());
    auto *rightColumn = new QVBoxLayout;
    rightColumn->addLayout(right);
    rightColumn->addSpacing(4);
    rightColumn->addLayout(applyRow);
    rightColumn->addSpacing(8);
    rightColumn->addWidget(m_recentHeader);
    rightColumn->addWidget(m_recentList);
    rightColumn->addStretch();

    auto *columnLine = new QFrame(this);
    columnLine->setFrameShape(QFrame::VLine);
    columnLine->setFrameShadow(QFrame::Sunken);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(12);
    columns->addLayout(left);
    columns->addWidget(columnLine);
    columns->addLayout(rightColumn, 1);

    // The zone applies to everything above, so it sits below both columns.
    auto *zoneLine = new QFrame(this);
    zoneLine->setFrameShape(QFrame::HLine);
    zoneLine->setFrameShadow(QFrame::Sunken);
    auto *zoneLabel = new QLabel(tr("Time &zone"), this);
    zoneLabel->setBuddy(m_zoneCombo);
    auto *zoneRow = new QHBoxLayout;
    zoneRow->addWidget(zoneLabel);
    zoneRow->addWidget(m_zoneCombo);
    zoneRow->addStretch();

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 10, 12, 10);
    outer->addLayout(columns, 1);
    outer->addWidget(zoneLine);
    outer->addLayout(zoneRow);

    // Keyboard users meet the sections in reading order.
    setTabOrder(m_presetList, m_fixedMode);
    setTabOrder(m_fixedMode, m_customFrom);
    setTabOrder(m_customFrom, m_customTo);
    setTabOrder(m_customTo, m_relativeMode);
    setTabOrder(m_relativeMode, m_relativeFrom);
    setTabOrder(m_relativeFrom, m_relativeTo);
    setTabOrder(m_relativeTo, m_apply);
    setTabOrder(m_apply, m_recentList);
    setTabOrder(m_recentList, m_zoneCombo);
}

void TimeRangePopup::connectParts()
{
    connect(m_presetList, &QListView::activated, this,
            [this](const QModelIndex &index) { chooseFrom(m_presets, index); });
    connect(m_presetList, &QListView::clicked, this,
            [this](const QModelIndex &index) { chooseFrom(m_presets, index); });
    connect(m_recentList, &QListView::activated, this,
            [this](const QModelIndex &index) { chooseFrom(m_recent, index); });
    connect(m_recentList, &QListView::clicked, this,
            [this](const QModelIndex &index) { chooseFrom(m_recent, index); });

    connect(m_fixedMode, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            setMode(Mode::Fixed);
    });
    connect(m_relativeMode, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            setMode(Mode::Relative);
    });
    // Changing a field says which section the user means; the guard keeps
    // the popup's own filling from choosing for them.
    for (QDateTimeEdit *edit : {m_customFrom, m_customTo}) {
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            if (!m_filling)
                setMode(Mode::Fixed);
        });
    }
    for (QLineEdit *edit : {m_relativeFrom, m_relativeTo}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_filling)
                setMode(Mode::Relative);
        });
    }
    connect(m_apply, &QPushButton::clicked, this, &TimeRangePopup::apply);

    connect(m_zoneCombo, &TimeZoneCombo::zonePicked, this, &TimeRangePopup::timeZonePicked);
}

void TimeRangePopup::setZone(const ZoneBucketer &zone)
{
    // The fixed fields keep their instants, now written in the new zone.
    const TimeRange fixed{fromWallClock(m_customFrom->dateTime(), m_zone),
                          fromWallClock(m_customTo->dateTime(), m_zone)};
    m_zone = zone;
    fillFixed(fixed);
    updateZoneTexts();
    m_presets->refresh();
    m_recent->refresh();
    validate();
}

void TimeRangePopup::setNowProvider(std::function<std::int64_t()> nowMs)
{
    m_nowMs = std::move(nowMs);
    validate();
}

void TimeRangePopup::setDataExtent(DataExtent extent)
{
    m_extent = extent;
    validate();
}

void TimeRangePopup::setHistory(const QList<RangeSpec> &recent)
{
    m_recent->setSpecs(recent.mid(0, kRecentRows));
    m_recentHeader->setVisible(!recent.isEmpty());
    m_recentList->setVisible(!recent.isEmpty());
}

void TimeRangePopup::setSpec(const RangeSpec &spec)
{
    const int row = spec.kind == RangeSpec::Kind::Preset ? m_presets->rowOf(spec) : -1;
    if (row >= 0) {
        m_presetList->setCurrentIndex(m_presets->index(row));
    } else {
        // Arrow keys still start at the top, but nothing claims to be in effect.
        m_presetList->selectionModel()->setCurrentIndex(m_presets->index(0), QItemSelectionModel::Clear);
    }

    if (const std::optional<TimeRange> range = resolveRange(spec, nowMs(), m_zone, m_extent, nullptr))
        fillFixed(*range);

    Mode mode = Mode::Fixed;
    m_filling = true;
    if (spec.kind == RangeSpec::Kind::Relative) {
        m_relativeFrom->setText(spec.fromExpr);
        m_relativeTo->setText(spec.toExpr);
        mode = Mode::Relative;
    } else if (spec.kind == RangeSpec::Kind::Preset) {
        if (const auto same = relativeEquivalent(spec.preset)) {
            m_relativeFrom->setText(same->first);
            m_relativeTo->setText(same->second);
            mode = Mode::Relative;
        }
    }
    m_filling = false;
    setMode(mode);
}

void TimeRangePopup::popup(QWidget *anchor)
{
    m_presets->refresh();
    m_recent->refresh();
    validate();
    // Not adjustSize(): for a window with word-wrapped labels it caps the
    // width at two thirds of the screen and squeezes the columns.
    ensurePolished();
    const QSize size = sizeHint().expandedTo(minimumSizeHint());
    resize(size);
    const QRect screen = anchor->screen()->availableGeometry();
    const QPoint below = anchor->mapToGlobal(QPoint(0, anchor->height()));
    QPoint pos = below;
    if (pos.y() + size.height() > screen.bottom())
        pos.setY(anchor->mapToGlobal(QPoint(0, 0)).y() - size.height());
    pos.setX(std::clamp(pos.x(), screen.left(), std::max(screen.left(), screen.right() - size.width())));
    pos.setY(std::max(pos.y(), screen.top()));
    move(pos);
    show();
    m_presetList->setFocus(Qt::PopupFocusReason);
}

void TimeRangePopup::setMode(Mode mode)
{
    m_mode = mode;
    QRadioButton *radio = mode == Mode::Fixed ? m_fixedMode : m_relativeMode;
    if (!radio->isChecked()) {
        const QSignalBlocker blocker(radio);
        radio->setChecked(true);
    }
    validate();
}

RangeSpec TimeRangePopup::candidate() const
{
    if (m_mode == Mode::Relative)
        return RangeSpec::relative(m_relativeFrom->text().trimmed(), m_relativeTo->text().trimmed());
    return RangeSpec::absolute(
        {fromWallClock(m_customFrom->dateTime(), m_zone), fromWallClock(m_customTo->dateTime(), m_zone)});
}

void TimeRangePopup::validate()
{
    QString error;
    const std::optional<TimeRange> range = resolveRange(candidate(), nowMs(), m_zone, m_extent, &error);
    m_apply->setEnabled(range.has_value());
    m_validation->setText(range ? QString() : error);
    m_validation->setVisible(!range);
    m_preview->setText(range ? describe(*range) : QString());
    m_preview->setVisible(range.has_value());
    fitHeight();
}

void TimeRangePopup::fitHeight()
{
    // A message of a few lines comes and goes under the fields; the popup
    // grows and shrinks with it instead of squeezing the fields.
    if (!isVisible())
        return;
    layout()->activate();
    const int needed = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
    const int height = std::max(needed, minimumSizeHint().height());
    if (height != this->height())
        resize(width(), height);
}

void TimeRangePopup::apply()
{
    validate();
    if (!m_apply->isEnabled())
        return;
    const RangeSpec spec = candidate();
    hide();
    emit applied(spec);
}

void TimeRangePopup::chooseFrom(const RangeListModel *model, const QModelIndex &index)
{
    if (!index.isValid() || index.model() != model)
        return;
    const RangeSpec spec = model->specAt(index.row());
    hide();
    emit applied(spec);
}

void TimeRangePopup::updateZoneTexts()
{
    const QString id = QString::fromUtf8(m_zone.zoneId());
    m_zoneCombo->setZone(m_zone.zoneId());
    m_zoneNote->setText(tr("Dates and times in %1").arg(id));
    const QString help = timeExpressionHelp(m_zone);
    m_relativeFrom->setToolTip(help);
    m_relativeTo->setToolTip(help);
}

void TimeRangePopup::updateColours()
{
    QPalette error = m_validation->palette();
    error.setColor(QPalette::WindowText, errorColour(palette()));
    m_validation->setPalette(error);
    QPalette muted = m_preview->palette();
    muted.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_preview->setPalette(muted);
    m_zoneNote->setPalette(muted);
}

void TimeRangePopup::fillFixed(TimeRange range)
{
    const QSignalBlocker blockFrom(m_customFrom);
    const QSignalBlocker blockTo(m_customTo);
    m_customFrom->setDateTime(wallClock(range.fromSecs, m_zone));
    m_customTo->setDateTime(wallClock(range.toSecs, m_zone));
}

std::int64_t TimeRangePopup::nowMs() const
{
    return m_nowMs ? m_nowMs() : QDateTime::currentMSecsSinceEpoch();
}

QString TimeRangePopup::describe(TimeRange range) const
{
    return RangeSpec::absolute(range).label(m_zone);
}

void TimeRangePopup::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // The lists act on Enter themselves (activated, which closes the
        // popup) and let the key through; Enter in the zone field only
        // confirms the zone.
        QWidget *focus = focusWidget();
        const bool handledElsewhere = !isVisible() || focus == m_presetList || focus == m_recentList ||
                                      focus == m_zoneCombo || (focus && m_zoneCombo->isAncestorOf(focus));
        if (!handledElsewhere)
            apply();
        event->accept();
        return;
    }
    // QWidget closes a popup on Escape.
    QFrame::keyPressEvent(event);
}

bool TimeRangePopup::focusNextPrevChild(bool next)
{
    // The popup is a child of the picker, so Qt's focus chain would carry on
    // into the window behind it; Tab wraps around inside the popup instead.
    QWidget *first = m_presetList;
    QWidget *last = m_zoneCombo;
    if (!next)
        std::swap(first, last);
    QWidget *focus = focusWidget();
    if (focus && (focus == last || last->isAncestorOf(focus))) {
        first->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return true;
    }
    return QFrame::focusNextPrevChild(next);
}

void TimeRangePopup::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateColours();
    QFrame::changeEvent(event);
}

} // namespace es::ui
