#pragma once

#include <QWidget>

class Database;
class QLabel;
class QSettings;
class QSplitter;
class QTableView;
class QTextBrowser;
class ServiceTableModel;

// "Standar Pelayanan": the services of the catalogue in force and every component of
// the selected one (Pasal 5).
class StandardsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit StandardsPage(Database &db, QWidget *parent = nullptr);

    void reload();
    void selectService(int number);
    QString shownText() const;
    // "Katalog versi 2, berlaku sejak ..." and any version stored for a later date.
    QString versionText() const;
    void saveState(QSettings &settings) const;

private:
    void showService(int row);

    Database &m_db;
    ServiceTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_version = nullptr;
    QSplitter *m_splitter = nullptr;
};
