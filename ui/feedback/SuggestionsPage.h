#pragma once

#include "accounts/User.h"
#include "suggestions/Suggestion.h"

#include <QWidget>

#include <memory>

class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class SuggestionStore;
class SuggestionTableModel;

// Saran dan masukan: a short form to add one, the list, and the CSV export.
class SuggestionsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SuggestionsPage(Database &db, QWidget *parent = nullptr);
    ~SuggestionsPage() override;

    void setActor(const User &actor);
    void refresh();

    // Adds what the form holds; false (with the message shown) when refused.
    bool addFromForm();
    // Asks for a file name, then exports.
    void exportWithDialog();
    bool exportTo(const QString &path);

signals:
    void suggestionsChanged();

private:
    Database &m_db;
    std::unique_ptr<SuggestionStore> m_store;
    User m_actor;

    SuggestionTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_contact = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_summary = nullptr;
};
