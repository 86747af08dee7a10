#include "charts/chartcard.h"

#include "charts/tabledialog.h"
#include "models/csvexport.h"
#include "query/queryservice.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QVBoxLayout>

namespace es::ui {

ChartCard::ChartCard(const WidgetSpec &spec, QWidget *parent)
    : QFrame(parent), m_spec(spec), m_title(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("chartCard"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(title());

    m_title->setText(title());
    m_title->setObjectName(QStringLiteral("cardTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_title->setTextFormat(Qt::PlainText);

    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("cardStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    setMinimumHeight(spec.kind == WidgetKind::Kpi ? 120 : 150 * spec.rowSpan);
}

ChartCard::~ChartCard()
{
    // Pending queries hold no pointer to the card; cancelling only frees the
    // worker threads sooner.
    for (auto &c : m_cancel)
        c();
}

QString ChartCard::title() const
{
    return m_spec.title.isEmpty() ? Dashboards::autoTitle(m_spec) : m_spec.title;
}

QString ChartCard::message() const
{
    return m_state == State::Empty || m_state == State::Error ? m_status->text() : QString();
}

void ChartCard::setBody(QWidget *body)
{
    m_body = body;
    m_stack->addWidget(body);
}

QString ChartCard::viewKey(const ViewState &s)
{
    Query q = s.baseQuery();
    q.range = {};
    return q.canonicalText() + QLatin1Char('|') + s.spec.toString() + QLatin1Char('|') +
           QString::number(int(s.effectiveGranularity())) + QLatin1Char('|') +
           QString::number(int(s.comparison));
}

void ChartCard::refresh(const std::shared_ptr<QueryService> &service, const ViewState &state)
{
    for (auto &c : m_cancel)
        c();
    m_cancel.clear();
    ++m_generation;
    m_outstanding = 0;
    m_view = state;
    const QString key = viewKey(state);
    if (key != m_shownKey || m_state != State::Ready)
        setState(State::Loading);
    m_shownKey = key;
    if (!service || !service->isOpen()) {
        showError(tr("No workspace is open."));
        return;
    }
    start(*service, state);
}

std::optional<DimensionId> ChartCard::dimensionOf(const ViewState &state)
{
    const auto dim = Dimensions::fromName(m_spec.dimension, state.paramKeys);
    if (!dim)
        showError(
            tr("Unknown dimension “%1”. Edit the widget and choose another one.").arg(m_spec.dimension));
    return dim;
}

void ChartCard::setState(State s)
{
    m_state = s;
    switch (s) {
    case State::Idle:
    case State::Loading:
        m_status->setText(s == State::Loading ? tr("Loading…") : QString());
        m_stack->setCurrentWidget(m_status);
        break;
    case State::Empty:
    case State::Error:
        m_stack->setCurrentWidget(m_status);
        break;
    case State::Ready:
        if (m_body)
            m_stack->setCurrentWidget(m_body);
        break;
    }
}

void ChartCard::showReady(const QueryResult &data)
{
    m_data = data;
    setState(State::Ready);
    emit presented();
}

void ChartCard::showEmpty(const QString &message)
{
    m_data = QueryResult();
    m_status->setText(message.isEmpty() ? tr("No data in this range") : message);
    setState(State::Empty);
    emit presented();
}

void ChartCard::showError(const QString &message)
{
    m_data = QueryResult();
    m_status->setText(message);
    setState(State::Error);
    // The shown key must not suppress the loading state next time.
    m_shownKey.clear();
    emit presented();
}

void ChartCard::setEditable(bool on)
{
    m_editable = on;
}

QImage ChartCard::renderImage() const
{
    const qreal dpr = devicePixelRatioF();
    QImage image(size() * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(palette().color(QPalette::Base));
    QPainter p(&image);
    const_cast<ChartCard *>(this)->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
    return image;
}

bool ChartCard::writeSvg(QIODevice *device) const
{
    QSvgGenerator svg;
    svg.setOutputDevice(device);
    svg.setSize(size());
    svg.setViewBox(rect());
    svg.setTitle(title());
    QPainter p;
    if (!p.begin(&svg))
        return false;
    p.fillRect(rect(), palette().color(QPalette::Base));
    const_cast<ChartCard *>(this)->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
    return p.end();
}

void ChartCard::exportImage()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export chart"), dir + QLatin1Char('/') + title() + QStringLiteral(".png"),
        tr("PNG image (*.png);;SVG drawing (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    bool ok = false;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QFile f(path);
        ok = f.open(QIODevice::WriteOnly) && writeSvg(&f) && f.flush();
    } else {
        ok = renderImage().save(path);
    }
    if (!ok)
        QMessageBox::warning(this, tr("Export chart"),
                             tr("%1 could not be written. Choose a folder you can write to.")
                                 .arg(QDir::toNativeSeparators(path)));
}

void ChartCard::copyCsv()
{
    QGuiApplication::clipboard()->setText(resultToCsv(m_data, m_view.timeZone));
}

void ChartCard::openTable()
{
    auto *dialog = new TableDialog(title(), m_data, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTimeZone(m_view.timeZone);
    dialog->setGranularity(m_view.effectiveGranularity());
    dialog->show();
}

void ChartCard::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    const bool hasData = m_state == State::Ready;
    QAction *png = menu.addAction(tr("Export as PNG or SVG…"), this, &ChartCard::exportImage);
    png->setEnabled(hasData);
    QAction *csv = menu.addAction(tr("Copy data as CSV"), this, &ChartCard::copyCsv);
    csv->setEnabled(hasData && !m_data.columns.empty());
    QAction *table = menu.addAction(tr("Open in table"), this, &ChartCard::openTable);
    table->setEnabled(hasData && !m_data.columns.empty());
    menu.addSeparator();
    menu.addAction(tr("Edit widget…"), this, &ChartCard::editRequested);
    QMenu *layout = menu.addMenu(tr("Layout"));
    layout->addAction(tr("Move earlier"), this, [this] { emit moveRequested(-1); });
    layout->addAction(tr("Move later"), this, [this] { emit moveRequested(1); });
    layout->addSeparator();
    layout->addAction(tr("Wider"), this, [this] { emit resizeRequested(1, 0); })
        ->setEnabled(m_spec.columnSpan < DashboardSpec::kColumns);
    layout->addAction(tr("Narrower"), this, [this] { emit resizeRequested(-1, 0); })
        ->setEnabled(m_spec.columnSpan > 1);
    layout->addAction(tr("Taller"), this, [this] { emit resizeRequested(0, 1); })
        ->setEnabled(m_spec.rowSpan < 4);
    layout->addAction(tr("Shorter"), this, [this] { emit resizeRequested(0, -1); })
        ->setEnabled(m_spec.rowSpan > 1);
    menu.addAction(tr("Remove widget"), this, &ChartCard::removeRequested);
    menu.exec(event->globalPos());
}

void ChartCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        paletteChanged();
}

} // namespace es::ui
