#include "importer/importsummarypage.h"

#include "importer/importsummarymodel.h"
#include "importer/malformedlinesdialog.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace es::ui {

ImportSummaryPage::ImportSummaryPage(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_model(new ImportSummaryModel(this)),
      m_view(new QTableView(this)), m_malformed(new QPushButton(tr("Show &Malformed Lines…"), this)),
      m_warnings(new QPlainTextEdit(this))
{
    m_heading->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("summaryHeading"));
    m_view->setObjectName(QStringLiteral("summaryView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_malformed->setObjectName(QStringLiteral("showMalformed"));
    m_malformed->setToolTip(tr("The malformed lines of the selected file: line number, reason and the line"));
    m_warnings->setReadOnly(true);
    m_warnings->setObjectName(QStringLiteral("summaryWarnings"));
    m_warnings->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportSummaryPage::updateButton);
    connect(m_view, &QTableView::doubleClicked, this, [this] { showMalformed(); });
    connect(m_malformed, &QPushButton::clicked, this, [this] { showMalformed(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_malformed);
    row->addStretch();
    layout->addLayout(row);
    layout->addWidget(m_warnings);
}

void ImportSummaryPage::setResults(std::vector<FileImportResult> results, bool cancelled,
                                   const QStringList &messages)
{
    qint64 events = 0, malformed = 0;
    int imported = 0, failed = 0;
    QStringList warnings;
    for (const FileImportResult &r : results) {
        events += r.records;
        malformed += r.malformed;
        imported += r.status == FileImportResult::Status::Imported ? 1 : 0;
        failed += r.status == FileImportResult::Status::Failed ? 1 : 0;
        warnings += r.warnings;
    }
    if (results.empty())
        warnings += messages;
    const QLocale locale;
    QString heading =
        tr("%n file(s) imported: ", nullptr, imported) +
        tr("%1 events, %2 malformed lines.").arg(locale.toString(events), locale.toString(malformed));
    if (cancelled)
        heading +=
            QLatin1Char(' ') + tr("The import was cancelled; importing the files again continues where it "
                                  "stopped.");
    if (failed > 0 || results.empty())
        heading +=
            QLatin1Char(' ') + tr("Some files could not be imported: see their status and the notes below.");
    m_heading->setText(heading);
    m_model->setResults(std::move(results));
    m_view->resizeColumnsToContents();
    m_warnings->setPlainText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    // The first file with malformed lines, else the first: the button then
    // says at once whether there is anything to look at.
    int pick = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (!m_model->result(i).samples.empty()) {
            pick = i;
            break;
        }
    }
    if (m_model->rowCount() > 0)
        m_view->selectRow(pick);
    updateButton();
}

void ImportSummaryPage::updateButton()
{
    const int row = m_view->currentIndex().row();
    m_malformed->setEnabled(row >= 0 && row < m_model->rowCount() && !m_model->result(row).samples.empty());
}

MalformedLinesDialog *ImportSummaryPage::showMalformed()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->rowCount() || m_model->result(row).samples.empty())
        return nullptr;
    const FileImportResult &r = m_model->result(row);
    auto *dialog = new MalformedLinesDialog(QFileInfo(r.path).fileName(), r.samples, r.malformed, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace es::ui
