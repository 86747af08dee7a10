#include "events/eventdetail.h"

#include "common/displaypath.h"
#include "events/jsontreemodel.h"

#include <QDir>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace es::ui {

EventDetail::EventDetail(QWidget *parent)
    : QWidget(parent), m_header(new QLabel(this)), m_location(new QLabel(this)),
      m_split(new QSplitter(Qt::Horizontal, this)), m_text(new QPlainTextEdit(m_split)),
      m_tree(new QTreeView(m_split)), m_fields(new JsonTreeModel(this))
{
    m_header->setObjectName(QStringLiteral("eventDetailHeader"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_header->font();
    bold.setBold(true);
    m_header->setFont(bold);
    m_location->setObjectName(QStringLiteral("eventDetailLocation"));
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_location->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("eventDetailText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Event text"));
    m_text->setPlaceholderText(tr("Select an event to see all of it."));
    m_tree->setObjectName(QStringLiteral("eventDetailFields"));
    m_tree->setModel(m_fields);
    m_tree->setAccessibleName(tr("Event fields"));
    m_tree->setUniformRowHeights(true);
    // Values are elided in their stretching column; the tooltip has them whole.
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::ValueColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::TypeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->hide();
    m_split->addWidget(m_text);
    m_split->addWidget(m_tree);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_location);
    layout->addWidget(m_split, 1);

    connect(&m_parse, &QFutureWatcherBase::finished, this, [this] {
        if (m_parse.future().resultCount() == 0)
            return;
        const QJsonDocument doc = m_parse.result();
        m_fields->setJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        const bool wasHidden = m_tree->isHidden();
        m_tree->setVisible(!doc.isNull());
        m_tree->expandAll();
        if (wasHidden && !doc.isNull()) {
            // A splitter gives a child that was hidden no room of its own.
            const int width = m_split->width();
            m_split->setSizes({width * 11 / 20, width * 9 / 20});
        }
        emit fieldsReady();
    });
    showRow(nullptr, QString());
}

EventDetail::~EventDetail()
{
    m_parse.waitForFinished(); // parsing one record takes microseconds
}

void EventDetail::showHeader(const EventRecord &row, const QString &timeText)
{
    QStringList head{timeText, row.source, row.type};
    if (row.status >= 0)
        head << tr("status %1").arg(row.status);
    m_header->setText(head.join(QStringLiteral(" · ")));
}

void EventDetail::showPending(const EventRecord &row, const QString &timeText, const QString &message)
{
    m_fields->clear();
    m_tree->hide();
    m_parse.setFuture(QFuture<QJsonDocument>()); // forget a parse still running
    showHeader(row, timeText);
    setMessage(message);
    m_text->clear();
}

void EventDetail::setMessage(const QString &message)
{
    m_location->setText(message);
    m_location->setToolTip(QString());
    m_location->show();
}

void EventDetail::showRow(const EventRecord *row, const QString &timeText)
{
    m_fields->clear();
    m_tree->hide();
    if (!row) {
        m_header->setText(tr("No event selected"));
        m_location->clear();
        m_location->hide();
        m_text->clear();
        return;
    }
    showHeader(*row, timeText);
    const QString file = displayPath(row->path);
    if (row->textState != es::TextState::Ok) {
        m_location->setText(es::RawEventSearch::textStateText(row->textState) +
                            (file.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(file)));
    } else if (!file.isEmpty()) {
        m_location->setText(tr("%1, byte %2").arg(file, QLocale().toString(qlonglong(row->offset))));
    } else {
        m_location->setText(tr("Kept in the workspace"));
    }
    m_location->setToolTip(QDir::toNativeSeparators(row->path));
    m_location->show();
    m_text->setPlainText(QString::fromUtf8(row->text));
    const QByteArray text = row->text;
    if (!text.trimmed().startsWith('{') && !text.trimmed().startsWith('[')) {
        m_parse.setFuture(QFuture<QJsonDocument>()); // forget a parse still running
        emit fieldsReady();
        return;
    }
    // Watching the new parse stops the watcher from reporting an older one.
    m_parse.setFuture(QtConcurrent::run([text] { return QJsonDocument::fromJson(text); }));
}

} // namespace es::ui
