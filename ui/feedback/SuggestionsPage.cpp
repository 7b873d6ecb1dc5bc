#include "feedback/SuggestionsPage.h"

#include "accounts/Permissions.h"
#include "common/Clock.h"
#include "common/MessageBox.h"
#include "feedback/SuggestionTableModel.h"
#include "suggestions/SuggestionStore.h"
#include "common/FileDialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

SuggestionsPage::SuggestionsPage(Database &db, QWidget *parent) : QWidget(parent), m_db(db), m_store(std::make_unique<SuggestionStore>(db))
{
    setObjectName(QStringLiteral("SuggestionsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *box = new QGroupBox(tr("Saran dan masukan baru"), this);
    auto *form = new QFormLayout(box);
    m_date = new QDateEdit(box);
    m_date->setObjectName(QStringLiteral("suggestionDate"));
    m_date->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    m_date->setCalendarPopup(true);
    m_channel = new QComboBox(box);
    m_channel->setObjectName(QStringLiteral("suggestionChannel"));
    for (FeedbackChannel c : FeedbackChannels::all())
        m_channel->addItem(FeedbackChannels::title(c), FeedbackChannels::key(c));
    m_contact = new QLineEdit(box);
    m_contact->setObjectName(QStringLiteral("suggestionContact"));
    m_contact->setPlaceholderText(tr("boleh kosong"));
    m_text = new QPlainTextEdit(box);
    m_text->setObjectName(QStringLiteral("suggestionText"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(80);
    auto *row = new QHBoxLayout;
    row->addWidget(m_date);
    row->addWidget(m_channel, 1);
    auto *dateLabel = new QLabel(tr("&Tanggal, saluran:"), box); // a row of two fields: the mnemonic goes to the first
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, row);
    form->addRow(tr("&Kontak:"), m_contact);
    form->addRow(tr("Sa&ran:"), m_text);
    m_add = new QPushButton(tr("Simpa&n saran (Ctrl+Enter)"), box);
    m_add->setObjectName(QStringLiteral("addSuggestionButton"));
    form->addRow(QString(), m_add);
    layout->addWidget(box);

    m_model = new SuggestionTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SuggestionTableModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("suggestions"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SuggestionTableModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The short columns fit their titles and values; the suggestion itself takes the rest.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SuggestionTableModel::TextColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    auto *bottom = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("suggestionSummary"));
    m_export = new QPushButton(tr("&Ekspor CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportSuggestionsButton"));
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_export);
    layout->addLayout(bottom);

    connect(m_add, &QPushButton::clicked, this, &SuggestionsPage::addFromForm);
    connect(m_export, &QPushButton::clicked, this, &SuggestionsPage::exportWithDialog);
    auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), box);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, &SuggestionsPage::addFromForm);
    m_date->setDate(Clock::nowUtc().toLocalTime().date());
}

SuggestionsPage::~SuggestionsPage() = default;

void SuggestionsPage::setActor(const User &actor)
{
    m_actor = actor;
    const bool may = Permissions::userMay(actor, Action::RecordComplaint);
    m_add->setEnabled(may);
    m_text->setReadOnly(!may);
    refresh();
}

void SuggestionsPage::refresh()
{
    const Result<QList<Suggestion>> list = m_store->list();
    m_model->setSuggestions(list ? list.value() : QList<Suggestion>());
    m_summary->setText(tr("%1 saran dan masukan").arg(m_model->rowCount()));
}

bool SuggestionsPage::addFromForm()
{
    Suggestion s;
    s.date = m_date->date();
    FeedbackChannels::fromKey(m_channel->currentData().toString(), &s.channel);
    s.contact = m_contact->text();
    s.text = m_text->toPlainText();
    const Result<Suggestion> added = m_store->add(m_actor, s);
    if (!added) {
        MessageBox::error(this, tr("Simpan saran"), added.error());
        return false;
    }
    m_contact->clear();
    m_text->clear();
    refresh();
    emit suggestionsChanged();
    return true;
}

void SuggestionsPage::exportWithDialog()
{
    const QString suggested = QStringLiteral("saran-%1.csv").arg(Clock::nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd")));
    const QString path = FileDialogs::saveFileName(this, QStringLiteral("export"), tr("Ekspor saran dan masukan"), suggested, tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool SuggestionsPage::exportTo(const QString &path)
{
    const Result<int> written = m_store->exportCsvTo(m_actor, path);
    if (!written) {
        MessageBox::error(this, tr("Ekspor saran"), written.error());
        return false;
    }
    MessageBox::information(this, tr("Ekspor saran"), tr("%1 saran diekspor ke %2.").arg(written.value()).arg(QDir::toNativeSeparators(path)));
    return true;
}
