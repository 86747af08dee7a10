// The layout of the Kafka connections dialog: the profile list and the
// editor form. Its behaviour is in kafkaprofiledialog.cpp.

#include "formats/formatspec.h"
#include "sources/kafkaprofiledialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>

namespace es::ui {

void KafkaProfileDialog::buildUi()
{
    // Left: the profiles.
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *listLabel = new QLabel(tr("Profi&les"), this);
    listLabel->setBuddy(m_list);
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setToolTip(tr("Add a new profile"));
    m_duplicate = new QPushButton(tr("&Duplicate"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateButton"));
    m_duplicate->setToolTip(tr("Add a copy of the selected profile"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_remove->setToolTip(tr("Remove the selected profile and its stored password"));
    for (QPushButton *b : {m_add, m_duplicate, m_remove})
        b->setAutoDefault(false);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    // Right: the editor.
    m_editor = new QWidget(this);
    auto *form = m_form = new QFormLayout(m_editor);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto addRow = [&](const QString &label, QWidget *field, QWidget *buddy = nullptr) {
        auto *l = new QLabel(label, m_editor);
        l->setBuddy(buddy ? buddy : field);
        form->addRow(l, field);
    };

    m_name = new QLineEdit(m_editor);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setPlaceholderText(tr("Shown in the Kafka menu"));
    addRow(tr("&Name:"), m_name);

    m_brokers = new QLineEdit(m_editor);
    m_brokers->setObjectName(QStringLiteral("brokersEdit"));
    m_brokers->setAccessibleName(tr("Bootstrap servers"));
    m_brokers->setPlaceholderText(tr("kafka1:9092,kafka2:9092"));
    m_brokers->setToolTip(tr("One or more brokers of the cluster as host:port, separated by commas"));
    addRow(tr("&Bootstrap servers:"), m_brokers);

    m_topic = new QComboBox(m_editor);
    m_topic->setObjectName(QStringLiteral("topicCombo"));
    m_topic->setAccessibleName(tr("Topic"));
    m_topic->setEditable(true);
    m_topic->setInsertPolicy(QComboBox::NoInsert);
    m_topic->lineEdit()->setPlaceholderText(tr("Type a topic, or Test Connection to list them"));
    addRow(tr("&Topic:"), m_topic);

    m_group = new QLineEdit(m_editor);
    m_group->setObjectName(QStringLiteral("groupEdit"));
    m_group->setAccessibleName(tr("Consumer group"));
    m_group->setToolTip(tr("The Kafka consumer group; offsets are also committed to it"));
    addRow(tr("Consumer &group:"), m_group);

    m_security = new QComboBox(m_editor);
    m_security->setObjectName(QStringLiteral("securityCombo"));
    m_security->setAccessibleName(tr("Security protocol"));
    m_security->addItem(tr("None (PLAINTEXT)"), int(KafkaProfile::Security::Plaintext));
    m_security->addItem(tr("TLS (SSL)"), int(KafkaProfile::Security::Ssl));
    m_security->addItem(tr("SASL without TLS (SASL_PLAINTEXT)"), int(KafkaProfile::Security::SaslPlaintext));
    m_security->addItem(tr("SASL over TLS (SASL_SSL)"), int(KafkaProfile::Security::SaslSsl));
    addRow(tr("&Security protocol:"), m_security);

    m_mechanism = new QComboBox(m_editor);
    m_mechanism->setObjectName(QStringLiteral("mechanismCombo"));
    m_mechanism->setAccessibleName(tr("SASL mechanism"));
    for (auto m : {KafkaProfile::Mechanism::Plain, KafkaProfile::Mechanism::ScramSha256,
                   KafkaProfile::Mechanism::ScramSha512})
        m_mechanism->addItem(mechanismName(m), int(m));
    addRow(tr("SASL mec&hanism:"), m_mechanism);

    m_username = new QLineEdit(m_editor);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setAccessibleName(tr("User name"));
    addRow(tr("&User name:"), m_username);

    m_password = new QLineEdit(m_editor);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    addRow(tr("Pass&word:"), m_password);

    m_remember = new QCheckBox(tr("Re&member in the system keychain"), m_editor);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setAccessibleName(tr("Remember the password in the system keychain"));
    m_remember->setToolTip(tr("The password is never written to the settings. Without a keychain it is "
                              "asked for at each connect."));
    form->addRow(QString(), m_remember);
    m_keychainWarning = new QLabel(m_editor);
    m_keychainWarning->setObjectName(QStringLiteral("keychainWarning"));
    m_keychainWarning->setAccessibleName(tr("Keychain warning"));
    m_keychainWarning->setTextFormat(Qt::PlainText);
    m_keychainWarning->setWordWrap(true);
    form->addRow(QString(), m_keychainWarning);
    form->setRowVisible(m_keychainWarning, false);

    auto fileRow = [&](const QString &label, const QString &objectName, const QString &accessible,
                       const QString &dialogTitle, QLineEdit *&edit, QToolButton *&button) {
        auto *row = new QWidget(m_editor);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        edit = new QLineEdit(row);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(tr("PEM file (optional)"));
        button = new QToolButton(row);
        button->setText(tr("…"));
        button->setObjectName(objectName + QStringLiteral("Browse"));
        button->setAccessibleName(tr("Browse: %1").arg(accessible));
        button->setToolTip(tr("Browse…"));
        h->addWidget(edit, 1);
        h->addWidget(button);
        QLineEdit *target = edit;
        connect(button, &QToolButton::clicked, this,
                [this, target, dialogTitle] { browse(target, dialogTitle); });
        addRow(label, row, edit);
    };
    fileRow(tr("&CA file:"), QStringLiteral("caFileEdit"), tr("CA certificate file"), tr("CA Certificate"),
            m_caFile, m_caBrowse);
    fileRow(tr("Client cert&ificate:"), QStringLiteral("certFileEdit"), tr("Client certificate file"),
            tr("Client Certificate"), m_certFile, m_certBrowse);
    fileRow(tr("Client &key:"), QStringLiteral("keyFileEdit"), tr("Client key file"), tr("Client Key"),
            m_keyFile, m_keyBrowse);

    m_format = new QComboBox(m_editor);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->setAccessibleName(tr("Message format"));
    m_format->setEditable(true);
    m_format->setInsertPolicy(QComboBox::NoInsert);
    m_format->addItem(tr("Detect"), QString());
    m_format->setItemData(0, tr("Detected from the first messages"), Qt::ToolTipRole);
    for (const FormatInfo &f : knownFormats()) {
        if (f.name == QLatin1String("custom"))
            continue; // needs a pattern, which this dialog does not ask for
        m_format->addItem(f.name, f.name);
        m_format->setItemData(m_format->count() - 1, f.description, Qt::ToolTipRole);
    }
    m_format->addItem(QStringLiteral("rollup"), QStringLiteral("rollup"));
    m_format->setItemData(
        m_format->count() - 1,
        tr("Pre-aggregated rollup records (\"kind\": \"eventscope.rollup\"), merged into the "
           "rollups"),
        Qt::ToolTipRole);
    addRow(tr("Message &format:"), m_format);

    m_start = new QComboBox(m_editor);
    m_start->setObjectName(QStringLiteral("startCombo"));
    m_start->setAccessibleName(tr("Start position"));
    m_start->addItem(tr("Earliest: from the beginning"), QStringLiteral("earliest"));
    m_start->addItem(tr("Latest: new messages only"), QStringLiteral("latest"));
    m_start->addItem(tr("Time: the first message at or after"), QStringLiteral("time"));
    m_start->addItem(tr("Stored: the group's committed offsets"), QStringLiteral("stored"));
    m_start->setToolTip(tr("Where partitions start that this workspace has not read yet"));
    m_startTime = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1), m_editor);
    m_startTime->setObjectName(QStringLiteral("startTimeEdit"));
    m_startTime->setAccessibleName(tr("Start time"));
    m_startTime->setCalendarPopup(true);
    m_startTime->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_startTime->setToolTip(tr("Local time; each partition starts at its first message with a time stamp "
                               "at or after it"));
    auto *startRow = new QHBoxLayout;
    startRow->setContentsMargins(0, 0, 0, 0);
    startRow->addWidget(m_start, 1);
    startRow->addWidget(m_startTime);
    auto *startBox = new QWidget(m_editor);
    startBox->setLayout(startRow);
    addRow(tr("Start &position:"), startBox, m_start);

    m_extra = new QPlainTextEdit(m_editor);
    m_extra->setObjectName(QStringLiteral("extraEdit"));
    m_extra->setAccessibleName(tr("Extra librdkafka properties"));
    m_extra->setPlaceholderText(tr("One librdkafka property per line, e.g.\nfetch.max.bytes=1048576"));
    m_extra->setTabChangesFocus(true);
    m_extra->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_extra->setFixedHeight(m_extra->fontMetrics().lineSpacing() * 4 + 12);
    addRow(tr("E&xtra properties:"), m_extra);

    // Test connection.
    m_testButton = new QPushButton(tr("T&est Connection"), this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAutoDefault(false);
    m_testButton->setToolTip(tr("Connect with these settings and list the cluster's topics"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("testBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(80);
    m_busy->setMaximumHeight(m_testButton->sizeHint().height() / 2);
    m_busy->hide();
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setAccessibleName(tr("Connection test result"));
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_busy, 0, Qt::AlignVCenter);
    testRow->addWidget(m_testResult, 1);
    m_testTopics = new QListWidget(this);
    m_testTopics->setObjectName(QStringLiteral("testTopics"));
    m_testTopics->setAccessibleName(tr("Topics of the cluster"));
    m_testTopics->setToolTip(tr("Double-click a topic to use it"));
    m_testTopics->setMaximumHeight(m_testTopics->fontMetrics().height() * 6 + 8);
    m_testTopics->hide();

    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("validationMessage"));
    m_validation->setAccessibleName(tr("Problems"));
    m_validation->setTextFormat(Qt::PlainText);
    m_validation->setWordWrap(true);

    auto *right = new QVBoxLayout;
    right->addWidget(m_editor);
    right->addLayout(testRow);
    right->addWidget(m_testTopics);
    right->addStretch(1);
    right->addWidget(m_validation);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 0);
    columns->addSpacing(8);
    columns->addLayout(right, 1);
    m_list->setMinimumWidth(180);
    m_list->setMaximumWidth(260);

    m_buttons = new QDialogButtonBox(this);
    m_connect = m_buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    QPushButton *closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    closeButton->setObjectName(QStringLiteral("closeButton"));
    closeButton->setAutoDefault(false);

    auto *outer = new QVBoxLayout(this);
    outer->addLayout(columns, 1);
    outer->addWidget(m_buttons);

    // Keyboard order: list, its buttons, the form top to bottom, test, the dialog buttons.
    QWidget *order[] = {m_list,       m_add,     m_duplicate, m_remove,    m_name,       m_brokers,
                        m_topic,      m_group,   m_security,  m_mechanism, m_username,   m_password,
                        m_remember,   m_caFile,  m_caBrowse,  m_certFile,  m_certBrowse, m_keyFile,
                        m_keyBrowse,  m_format,  m_start,     m_startTime, m_extra,      m_testButton,
                        m_testTopics, m_connect, closeButton};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_list, &QListWidget::currentRowChanged, this, &KafkaProfileDialog::showProfile);
    connect(m_add, &QPushButton::clicked, this, &KafkaProfileDialog::addProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &KafkaProfileDialog::duplicateProfile);
    connect(m_remove, &QPushButton::clicked, this, &KafkaProfileDialog::removeProfile);
    for (QLineEdit *e : {m_name, m_brokers, m_group, m_username, m_caFile, m_certFile, m_keyFile})
        connect(e, &QLineEdit::textChanged, this, &KafkaProfileDialog::storeEditor);
    connect(m_topic, &QComboBox::editTextChanged, this, &KafkaProfileDialog::storeEditor);
    connect(m_format, &QComboBox::editTextChanged, this, &KafkaProfileDialog::storeEditor);
    for (QComboBox *c : {m_security, m_mechanism, m_format, m_start})
        connect(c, &QComboBox::currentIndexChanged, this, &KafkaProfileDialog::storeEditor);
    connect(m_startTime, &QDateTimeEdit::dateTimeChanged, this, &KafkaProfileDialog::storeEditor);
    connect(m_extra, &QPlainTextEdit::textChanged, this, &KafkaProfileDialog::storeEditor);
    connect(m_remember, &QCheckBox::toggled, this, [this](bool on) {
        storeEditor();
        if (on && !m_loading)
            storePassword(m_list->currentRow());
    });
    connect(m_password, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (Entry *e = current(); e && !m_loading)
            e->password = text;
    });
    connect(m_password, &QLineEdit::editingFinished, this, [this] { storePassword(m_list->currentRow()); });
    connect(m_testButton, &QPushButton::clicked, this, &KafkaProfileDialog::startTest);
    connect(m_testTopics, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_topic->setEditText(item->data(Qt::UserRole).toString());
        m_topic->setFocus();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &KafkaProfileDialog::connectClicked);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(860, 640);
}

} // namespace es::ui
