#include "importer/importdialog.h"

#include "common/problemfooter.h"
#include "formats/formatregistry.h"
#include "importer/importfilelistmodel.h"
#include "importer/importpreviewmodel.h"
#include "importer/importprogresspage.h"
#include "importer/importsummarypage.h"
#include "settings/preferences.h"
#include "sources/sourcecontroller.h"
#include "timerange/timezonecombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace es::ui {

namespace {

enum Page { SetupPage, ProgressPage, SummaryPage };

const QString kCustom = QStringLiteral("custom");

// A colour between the view's base and the error red: readable text on it.
QColor malformedBackground(const QWidget *w)
{
    const QColor base = w->palette().color(QPalette::Base);
    const QColor red = errorColor(w);
    auto mix = [](int a, int b) { return (a * 4 + b) / 5; };
    return QColor(mix(base.red(), red.red()), mix(base.green(), red.green()), mix(base.blue(), red.blue()));
}

} // namespace

ImportDialog::ImportDialog(SourceController *sources, QWidget *parent)
    : QDialog(parent), m_sources(sources), m_pages(new QStackedWidget(this)),
      m_files(new ImportFileListModel(this)), m_preview(new ImportPreviewModel(this)),
      m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Import Logs"));
    m_footer = new ProblemFooter(this);
    m_footer->buttons()->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_stop = m_footer->buttons()->addButton(tr("&Stop Import"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("stopImport"));
    connect(m_footer->buttons(), &QDialogButtonBox::accepted, this, &ImportDialog::startImport);
    connect(m_footer->buttons(), &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_stop, &QPushButton::clicked, m_sources, &SourceController::cancelImport);

    m_progress = new ImportProgressPage(this);
    m_summary = new ImportSummaryPage(this);
    m_pages->addWidget(createSetupPage());
    m_pages->addWidget(m_progress);
    m_pages->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_footer);

    m_previewTimer->setSingleShot(true);
    connect(m_previewTimer, &QTimer::timeout, this, &ImportDialog::startPreview);
    connect(&m_previewWatcher, &QFutureWatcher<ImportPreview>::finished, this, &ImportDialog::previewLoaded);
    connect(m_files, &ImportFileListModel::filesAdded, this, [this](int first, int count) {
        for (int c = ImportFileListModel::SizeColumn; c < ImportFileListModel::ColumnCount; ++c)
            m_fileView->resizeColumnToContents(c);
        if (count > 0 && currentFileRow() < 0)
            m_fileView->selectRow(first);
        validate();
    });
    connect(m_files, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_files->rowCount() == 0) {
            m_shown = ImportPreview();
            m_preview->clear();
            showPreviewInfo();
        }
        validate();
    });
    connect(m_sources, &SourceController::importProgress, this, &ImportDialog::importProgress);
    connect(m_sources, &SourceController::importResults, this, &ImportDialog::importResults);
    connect(m_sources, &SourceController::importFinished, this, &ImportDialog::importFinished);
    connect(m_sources, &SourceController::importStarted, this, &ImportDialog::validate);

    showButtonsFor(SetupPage);
    formatChanged();
    resize(1000, 680);
}

ImportDialog::~ImportDialog()
{
    // The preview job reads at most 64 KiB: wait rather than leave it running.
    m_previewWatcher.waitForFinished();
}

QWidget *ImportDialog::createSetupPage()
{
    auto *page = new QWidget(this);

    // Files.
    m_fileView = new QTableView(page);
    m_fileView->setObjectName(QStringLiteral("fileView"));
    m_fileView->setModel(m_files);
    m_fileView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fileView->verticalHeader()->hide();
    m_fileView->setWordWrap(false);
    m_fileView->horizontalHeader()->setSectionResizeMode(ImportFileListModel::FileColumn,
                                                         QHeaderView::Stretch);
    connect(m_fileView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_remove->setEnabled(currentFileRow() >= 0);
        schedulePreview(0);
        validate();
    });
    m_addFiles = new QPushButton(tr("Add &Files…"), page);
    m_addFolder = new QPushButton(tr("Add F&older…"), page);
    m_remove = new QPushButton(tr("&Remove"), page);
    m_remove->setEnabled(false);
    m_remove->setShortcut(QKeySequence::Delete);
    m_recent = new QToolButton(page);
    m_recent->setText(tr("Re&cent"));
    m_recent->setPopupMode(QToolButton::InstantPopup);
    m_recent->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_recentMenu = new QMenu(m_recent);
    m_recent->setMenu(m_recentMenu);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &ImportDialog::fillRecentMenu);
    connect(m_addFiles, &QPushButton::clicked, this, &ImportDialog::addFilesClicked);
    connect(m_addFolder, &QPushButton::clicked, this, &ImportDialog::addFolderClicked);
    connect(m_remove, &QPushButton::clicked, this, &ImportDialog::removeSelected);
    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_addFiles);
    fileButtons->addWidget(m_addFolder);
    fileButtons->addWidget(m_remove);
    fileButtons->addWidget(m_recent);
    fileButtons->addStretch();
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_fileView, 1);
    filesRow->addLayout(fileButtons);

    // Options.
    m_format = new QComboBox(page);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("Detect for each file"), QString());
    for (const FormatInfo &f : knownFormats()) {
        if (f.name == kCustom)
            continue;
        m_format->addItem(QStringLiteral("%1 — %2").arg(f.name, f.description), f.name);
    }
    m_format->addItem(tr("Custom LogFormat…"), kCustom);
    m_custom = new QLineEdit(page);
    m_custom->setObjectName(QStringLiteral("customFormat"));
    m_custom->setPlaceholderText(tr("Apache LogFormat, e.g. %h %l %u %t \"%r\" %>s %b"));
    m_custom->setClearButtonEnabled(true);
    m_formatError = new QLabel(page);
    m_formatError->setObjectName(QStringLiteral("formatError"));
    m_formatError->setWordWrap(true);
    QPalette errorPalette = m_formatError->palette();
    errorPalette.setColor(QPalette::WindowText, errorColor(this));
    m_formatError->setPalette(errorPalette);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::formatChanged);
    connect(m_custom, &QLineEdit::textEdited, this, [this] {
        validate();
        schedulePreview(300); // while typing: wait for a pause
    });

    m_zoneOverride = new QCheckBox(tr("Times without an offset are in"), page);
    m_zone = new TimeZoneCombo(page);
    m_zone->setEnabled(false);
    m_zone->setToolTip(tr("Unchecked: times are as written in the file; times without an offset are UTC"));
    m_zoneOverride->setToolTip(m_zone->toolTip());
    connect(m_zoneOverride, &QCheckBox::toggled, this, [this](bool on) {
        m_zone->setEnabled(on);
        schedulePreview(0);
    });
    connect(m_zone, &TimeZoneCombo::zonePicked, this, [this] { schedulePreview(0); });
    auto *zoneRow = new QHBoxLayout;
    zoneRow->addWidget(m_zoneOverride);
    zoneRow->addWidget(m_zone, 1);

    m_site = new QLineEdit(page);
    m_site->setObjectName(QStringLiteral("siteEdit"));
    m_site->setPlaceholderText(tr("e.g. shop.example.com — for lines that name no virtual host"));
    m_site->setClearButtonEnabled(true);
    m_follow = new QCheckBox(
        tr("&Follow the files: keep importing lines as they are appended, until stopped"), page);

    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format, 2);
    formatRow->addWidget(m_custom, 3);
    auto *form = new QFormLayout;
    // Rows whose field is a layout get a label without a buddy: name it.
    auto *formatLabel = new QLabel(tr("F&ormat:"), page);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, formatRow);
    form->addRow(QString(), m_formatError);
    auto *zoneLabel = new QLabel(tr("&Time zone:"), page);
    zoneLabel->setBuddy(m_zoneOverride);
    form->addRow(zoneLabel, zoneRow);
    form->addRow(tr("&Site:"), m_site);
    form->addRow(QString(), m_follow);

    // Preview.
    m_previewInfo = new QLabel(page);
    m_previewInfo->setObjectName(QStringLiteral("previewInfo"));
    m_previewInfo->setWordWrap(true);
    m_previewView = new QTableView(page);
    m_previewView->setObjectName(QStringLiteral("previewView"));
    m_previewView->setModel(m_preview);
    m_previewView->setWordWrap(false);
    m_previewView->verticalHeader()->hide();
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_preview->setMalformedLook(malformedBackground(m_previewView),
                                style()->standardIcon(QStyle::SP_MessageBoxWarning));
    auto *previewBox = new QGroupBox(tr("Preview of the first lines"), page);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewInfo);
    previewLayout->addWidget(m_previewView, 1);

    auto *top = new QWidget(page);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filesRow, 1);
    topLayout->addLayout(form);
    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(top);
    split->addWidget(previewBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    return page;
}

void ImportDialog::addPaths(const QStringList &paths)
{
    if (!paths.isEmpty())
        m_files->addPaths(paths);
    validate();
}

void ImportDialog::addFilesClicked()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add log files"), prefs::importFolder.get(),
        tr("Logs (*.log *.log.* *.gz *.bz2 *.json *.jsonl *.ndjson *.txt);;All files (*)"));
    if (files.isEmpty())
        return;
    prefs::importFolder.set(QFileInfo(files.first()).absolutePath());
    addPaths(files);
}

void ImportDialog::addFolderClicked()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Add the files of a folder"), prefs::importFolder.get());
    if (dir.isEmpty())
        return;
    prefs::importFolder.set(dir);
    addPaths({dir});
}

void ImportDialog::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &i : m_fileView->selectionModel()->selectedRows())
        rows << i.row();
    if (rows.isEmpty() && currentFileRow() >= 0)
        rows << currentFileRow();
    m_files->removeFiles(rows);
    if (m_files->rowCount() > 0 && currentFileRow() < 0)
        m_fileView->selectRow(0);
}

void ImportDialog::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = prefs::recentLogFiles.get();
    for (const QString &path : recent) {
        QAction *a =
            m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { addPaths({path}); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

QString ImportDialog::chosenFormat(QString *error) const
{
    const QString name = m_format->currentData().toString();
    if (name != kCustom)
        return name;
    const QString pattern = m_custom->text().trimmed();
    QString why;
    if (pattern.isEmpty())
        why = tr("Type the Apache LogFormat of the files, e.g. %h %l %u %t \"%r\" %>s %b.");
    else
        parseFormatArgument(kCustom + QLatin1Char(':') + pattern, &why); // compiles the pattern only
    if (error)
        *error = why;
    return why.isEmpty() ? kCustom + QLatin1Char(':') + pattern : QString();
}

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.format = chosenFormat();
    if (m_zoneOverride->isChecked())
        o.timeZone = QString::fromUtf8(m_zone->zone());
    o.site = m_site->text().trimmed();
    o.follow = m_follow->isChecked();
    return o;
}

void ImportDialog::formatChanged()
{
    const bool custom = m_format->currentData().toString() == kCustom;
    m_custom->setVisible(custom);
    if (custom)
        m_custom->setFocus();
    validate();
    schedulePreview(0);
}

int ImportDialog::currentFileRow() const
{
    const QModelIndex current = m_fileView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ImportDialog::schedulePreview(int delayMs)
{
    ++m_previewGeneration;
    m_previewTimer->start(delayMs);
}

void ImportDialog::startPreview()
{
    if (m_previewWatcher.isRunning()) {
        m_previewWanted = true; // previewLoaded() starts it
        return;
    }
    m_previewWanted = false;
    const int row = currentFileRow();
    QString formatError;
    const QString format = chosenFormat(&formatError);
    if (row < 0 || !formatError.isEmpty()) {
        // Nothing to parse with: the preview stays empty until there is.
        m_shown = ImportPreview();
        m_shown.formatError = formatError;
        m_preview->clear();
        showPreviewInfo();
        emit previewShown();
        return;
    }
    const QString path = m_files->index(row, 0).data(ImportFileListModel::PathRole).toString();
    const QString zone = m_zoneOverride->isChecked() ? QString::fromUtf8(m_zone->zone()) : QString();
    m_runningGeneration = m_previewGeneration;
    m_previewInfo->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_previewWatcher.setFuture(
        QtConcurrent::run([path, format, zone] { return loadImportPreview(path, format, zone); }));
}

void ImportDialog::previewLoaded()
{
    const bool stale = m_runningGeneration != m_previewGeneration;
    if (stale || m_previewWanted) {
        // The options changed while it was read: read again, unless the
        // debounce timer is about to.
        if (!m_previewTimer->isActive())
            startPreview();
        return;
    }
    m_shown = m_previewWatcher.result();
    m_preview->setPreview(m_shown);
    m_previewView->clearSpans();
    // A malformed line is shown whole across the field columns.
    for (int r = 0; r < m_preview->rowCount(); ++r) {
        if (m_preview->rowAt(r).result == ParseResult::Malformed && m_preview->columnCount() > 3)
            m_previewView->setSpan(r, ImportPreviewModel::kFirstFieldColumn, 1,
                                   m_preview->columnCount() - ImportPreviewModel::kFirstFieldColumn);
    }
    m_previewView->resizeColumnsToContents(); // after the spans, which it leaves out
    // Long values (user agents, referrers) should not push the rest away.
    const int widest = fontMetrics().averageCharWidth() * 48;
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_previewView->setColumnWidth(c, std::min(m_previewView->columnWidth(c), widest));
    showPreviewInfo();
    validate();
    emit previewShown();
}

void ImportDialog::showPreviewInfo()
{
    const ImportPreview &p = m_shown;
    m_formatError->setText(p.formatError);
    m_formatError->setVisible(!p.formatError.isEmpty());
    if (p.path.isEmpty()) {
        m_previewInfo->setText(m_files->rowCount() == 0
                                   ? tr("Add log files or a folder, or drop them on this window.")
                                   : tr("Choose a file to see its first lines."));
        return;
    }
    const QString name = QFileInfo(p.path).fileName();
    if (!p.error.isEmpty()) {
        m_previewInfo->setText(tr("%1 cannot be read: %2").arg(name, p.error));
        return;
    }
    const QLocale locale;
    QString detected =
        p.detection.spec.name.isEmpty()
            ? tr("No known format was detected (%1).").arg(p.detection.reason)
            : tr("Detected: %1 (%2 of the first lines fit).")
                  .arg(p.detection.spec.name,
                       locale.toString(p.detection.confidence * 100, 'f', 0) + QLatin1Char('%'));
    if (!p.parsed()) {
        m_previewInfo->setText(detected + QLatin1Char(' ') + tr("Choose a format to see the lines parsed."));
        return;
    }
    const auto malformed = std::count_if(
        p.rows.begin(), p.rows.end(), [](const PreviewRow &r) { return r.result == ParseResult::Malformed; });
    QString parsedAs = tr("Parsed as %1:").arg(p.format) + QLatin1Char(' ') +
                       tr("%n malformed among the first %1 lines.", nullptr, int(malformed))
                           .arg(locale.toString(qint64(p.rows.size())));
    if (p.compressed)
        parsedAs += QLatin1Char(' ') + tr("(compressed; shown decompressed)");
    m_previewInfo->setText(detected + QLatin1Char(' ') + parsedAs);
}

void ImportDialog::validate()
{
    if (m_pages->currentIndex() != SetupPage)
        return;
    QString formatError;
    const QString format = chosenFormat(&formatError);
    QString problem;
    if (!formatError.isEmpty())
        problem = formatError;
    else if (m_sources->workspace().isEmpty())
        problem = tr("No workspace is open. Open or create one first (File menu).");
    else if (m_sources->isImporting() && !m_running)
        problem = tr("Another import is running. Wait for it to finish or stop it in the status bar.");
    else if (m_files->isBusy())
        problem = tr("Reading the files…");
    else if (m_files->rowCount() == 0)
        problem = tr("Add the log files to import.");
    else if (format.isEmpty()) {
        for (int r = 0; r < m_files->rowCount() && problem.isEmpty(); ++r) {
            if (m_files->formatOf(r).isEmpty())
                problem = tr("The format of %1 is not known: choose its format above, or remove it.")
                              .arg(m_files->index(r, 0).data().toString());
        }
    }
    m_footer->setProblem(problem);
}

bool ImportDialog::startImport()
{
    validate();
    if (!importButton()->isEnabled())
        return false;
    const QStringList paths = m_files->paths();
    QList<qint64> sizes;
    for (int r = 0; r < m_files->rowCount(); ++r)
        sizes << m_files->sizeOf(r);
    const ImportOptions o = options();
    if (!m_sources->importFiles(paths, o)) {
        m_footer->setProblem(
            tr("The import could not start: another import is running or no workspace is open."));
        return false;
    }
    QStringList recent = prefs::recentLogFiles.get();
    for (auto it = paths.rbegin(); it != paths.rend(); ++it) {
        recent.removeAll(*it);
        recent.prepend(*it);
    }
    prefs::recentLogFiles.set(recent.mid(0, prefs::kRecentLogFiles));

    m_running = true;
    m_gotResults = false;
    m_progress->start(paths, sizes, o.follow);
    m_stop->setText(o.follow ? tr("&Stop Following") : tr("&Stop Import"));
    m_pages->setCurrentIndex(ProgressPage);
    showButtonsFor(ProgressPage);
    return true;
}

void ImportDialog::importProgress(const ImportProgress &progress, int fileIndex, int fileCount)
{
    if (m_running)
        m_progress->showProgress(progress, fileIndex, fileCount);
}

void ImportDialog::importResults(const std::vector<FileImportResult> &results, bool cancelled)
{
    if (!m_running)
        return;
    m_gotResults = true;
    m_progress->finish(results);
    m_summary->setResults(results, cancelled);
}

void ImportDialog::importFinished(const QStringList &summary, bool, bool cancelled)
{
    if (!m_running) {
        validate(); // another import ended: this one may start now
        return;
    }
    m_running = false;
    if (!m_gotResults) // stopped before any file got a result
        m_summary->setResults({}, cancelled, summary);
    m_pages->setCurrentIndex(SummaryPage);
    showButtonsFor(SummaryPage);
    emit importDone();
}

void ImportDialog::showButtonsFor(int page)
{
    QDialogButtonBox *box = m_footer->buttons();
    box->button(QDialogButtonBox::Ok)->setVisible(page == SetupPage);
    m_stop->setVisible(page == ProgressPage);
    QPushButton *cancel = box->button(QDialogButtonBox::Cancel);
    cancel->setText(page == SetupPage ? tr("Cancel") : tr("&Close"));
    cancel->setToolTip(page == ProgressPage
                           ? tr("Close this window; the import goes on, shown in the status bar")
                           : QString());
    if (page != SetupPage)
        m_footer->setProblem(QString());
    if (page == SetupPage)
        validate();
    (page == SummaryPage ? cancel : box->button(QDialogButtonBox::Ok))->setDefault(true);
}

QPushButton *ImportDialog::importButton() const
{
    return m_footer->buttons()->button(QDialogButtonBox::Ok);
}

QPushButton *ImportDialog::cancelButton() const
{
    return m_footer->buttons()->button(QDialogButtonBox::Cancel);
}

QLabel *ImportDialog::problemLabel() const
{
    return m_footer->label();
}

} // namespace es::ui
