#pragma once
// Creates and edits a report template: title, description, range,
// granularity, time zone, comparison, bots and filters on one page, the
// ordered sections with an editor for the selected one on the other. OK
// stays disabled while the template could not be run, and the dialog says
// why in plain words (ReportTemplates::validate).

#include "reports/reporttemplate.h"

#include <QDialog>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QToolButton;
class QVBoxLayout;
class QWidget;

namespace es::ui {

class FilterListEditor;
class ProblemFooter;

class SectionListModel;
class TimeZoneCombo;

class TemplateEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // paramKeys: the workspace's params.* keys, offered as "params.KEY"
    // dimensions.
    TemplateEditorDialog(const es::ReportTemplate &t, const QStringList &paramKeys,
                         QWidget *parent = nullptr);

    // The edited template; builtIn is false, since an edited built-in is
    // saved as the user's own.
    es::ReportTemplate result() const;

private:
    // templateeditorlayout.cpp
    void buildUi();
    QWidget *buildGeneralPage();
    QWidget *buildSectionsPage();
    QWidget *buildSectionEditor();

    void loadTemplate(const es::ReportTemplate &t);

    int currentRow() const;
    void addSection(es::SectionKind kind);
    void removeSection();
    void moveSection(int delta);
    void selectRow(int row);

    void showSection(int row);
    void sectionEdited();
    void kindChanged();
    void metricToggled(QListWidgetItem *item);
    void moveMetric(int delta);
    void syncMetricChecks();
    void orderMetrics();

    static int problemSection(const es::ReportTemplate &t);
    void updateState();

    es::ReportTemplate m_original;
    QStringList m_paramKeys;
    SectionListModel *m_sections = nullptr;
    bool m_loading = false;
    bool m_orderPending = false;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_range = nullptr;
    QComboBox *m_granularity = nullptr;
    QComboBox *m_comparison = nullptr;
    QCheckBox *m_workspaceZone = nullptr;
    TimeZoneCombo *m_zone = nullptr;
    QComboBox *m_bots = nullptr;
    FilterListEditor *m_filters = nullptr;

    QListView *m_sectionList = nullptr;
    QPushButton *m_addSection = nullptr;
    QAction *m_removeSection = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QStackedWidget *m_editorStack = nullptr;
    QFormLayout *m_editorForm = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_sectionTitle = nullptr;
    QWidget *m_metricsBox = nullptr;
    QListWidget *m_metrics = nullptr;
    QLabel *m_metricsHint = nullptr;
    QAction *m_metricUp = nullptr;
    QAction *m_metricDown = nullptr;
    QComboBox *m_dimension = nullptr;
    QSpinBox *m_topN = nullptr;
    QPlainTextEdit *m_text = nullptr;

    ProblemFooter *m_footer = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace es::ui
