#include "settings/classificationpage.h"

#include "settings/listeditor.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace es::ui {

namespace {
// Entries are stored as AnalyticsSettings stores them: trimmed, extensions
// without a leading dot and in lower case, patterns as written.
ListEditor::Normaliser normaliser(bool patterns)
{
    return [patterns](const QString &entry) {
        return AnalyticsSettings::editList({}, QStringLiteral("+") + entry, {}, patterns).value(0);
    };
}

// Lists are stored comma-separated: no entry may hold a comma.
QString commaProblem(const QString &entry)
{
    return entry.contains(QLatin1Char(','))
               ? ClassificationPage::tr("Add one entry at a time: \"%1\" holds a comma.").arg(entry)
               : QString();
}
} // namespace

QString ClassificationPage::extensionProblem(const QString &entry)
{
    static const QRegularExpression ext(QStringLiteral("^\\.*[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$"));
    if (!commaProblem(entry).isEmpty())
        return commaProblem(entry);
    if (!ext.match(entry.trimmed()).hasMatch())
        return tr("\"%1\" is not an extension. Use letters, digits and dots, such as woff2 or tar.gz.")
            .arg(entry.trimmed());
    return {};
}

QString ClassificationPage::downloadProblem(const QString &entry)
{
    const QString e = entry.trimmed();
    if (!ClassifierConfig::isPattern(e))
        return extensionProblem(e);
    if (!commaProblem(e).isEmpty())
        return commaProblem(e);
    if (e.contains(QRegularExpression(QStringLiteral("\\s"))))
        return tr("\"%1\" holds a space; a path pattern matches the path as logged, such as /downloads/*.")
            .arg(e);
    if (!e.startsWith(QLatin1Char('/')) && !e.startsWith(QLatin1Char('*')))
        return tr("\"%1\" never matches: a path pattern starts with / or *, such as /downloads/*.").arg(e);
    return {};
}

QString ClassificationPage::crawlerProblem(const QString &entry)
{
    const QString e = entry.trimmed();
    if (!commaProblem(e).isEmpty())
        return commaProblem(e);
    // A short token is found inside most user agents and would mark
    // ordinary visitors as bots.
    if (e.size() < 3)
        return tr("\"%1\" is too short: a crawler token needs at least 3 characters.").arg(e);
    return {};
}

ClassificationPage::ClassificationPage(QWidget *parent)
    : SettingsPage(tr("Classification"), true, parent),
      m_static(new ListEditor(&ClassificationPage::extensionProblem, normaliser(false), this)),
      m_downloads(new ListEditor(&ClassificationPage::downloadProblem, normaliser(true), this)),
      m_pageViewEvent(new QLineEdit(this)),
      m_crawlers(new ListEditor(&ClassificationPage::crawlerProblem, normaliser(true), this))
{
    m_static->setObjectName(QStringLiteral("staticExtensions"));
    m_static->setPlaceholderText(tr("Extension, such as avif"));
    m_downloads->setObjectName(QStringLiteral("downloadPatterns"));
    m_downloads->setPlaceholderText(tr("Extension (such as dmg) or path pattern (such as /downloads/*)"));
    m_pageViewEvent->setObjectName(QStringLiteral("pageViewEventEdit"));
    m_pageViewEvent->setPlaceholderText(tr("none"));
    m_crawlers->setObjectName(QStringLiteral("extraCrawlers"));
    m_crawlers->setPlaceholderText(tr("User-agent token, such as AcmeProbe"));

    QFormLayout *form = makeForm();
    addRow(form, tr("&Static assets:"), m_static, tr("Requests for these extensions are never page views."));
    addRow(form, tr("&Downloads:"), m_downloads);
    addRow(form, tr("&Page-view event:"), m_pageViewEvent,
           tr("The JSON event type that counts as a page view; empty for none."));
    addRow(form, tr("More &crawlers:"), m_crawlers,
           tr("User agents containing one of these (in any case) are bots, on top of "
              "the built-in list."));
    for (ListEditor *e : {m_static, m_downloads, m_crawlers})
        connect(e, &ListEditor::changed, this, &SettingsPage::changed);
    connect(m_pageViewEvent, &QLineEdit::textChanged, this, &SettingsPage::changed);
}

void ClassificationPage::load(const SettingsValues &values)
{
    const AnalyticsSettings &a = values.workspace.analytics;
    m_static->setItems(a.classifier.staticExtensions);
    m_downloads->setItems(a.classifier.downloadExtensions);
    m_pageViewEvent->setText(a.classifier.pageViewEventType);
    m_crawlers->setItems(a.extraCrawlers);
}

void ClassificationPage::store(SettingsValues &values) const
{
    AnalyticsSettings &a = values.workspace.analytics;
    a.classifier.staticExtensions = m_static->items();
    a.classifier.downloadExtensions = m_downloads->items();
    a.classifier.pageViewEventType = m_pageViewEvent->text().trimmed();
    a.extraCrawlers = m_crawlers->items();
}

QStringList ClassificationPage::problems() const
{
    QStringList out;
    // What is typed and not added would be lost silently on OK.
    const std::pair<ListEditor *, QString> lists[] = {
        {m_static, tr("Static assets")}, {m_downloads, tr("Downloads")}, {m_crawlers, tr("More crawlers")}};
    for (const auto &[editor, name] : lists) {
        const QString typed = editor->entryEdit()->text().trimmed();
        if (typed.isEmpty())
            continue;
        const QString problem = editor->problem();
        out << (problem.isEmpty()
                    ? tr("%1: \"%2\" is typed but not added. Press Add, or clear the field.").arg(name, typed)
                    : tr("%1: %2").arg(name, problem));
    }
    return out;
}

} // namespace es::ui
