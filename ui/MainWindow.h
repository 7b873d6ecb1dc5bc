#pragma once

#include <QMainWindow>

class Database;
class QLabel;
class QTabWidget;
class StandardsPage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    StandardsPage *standardsPage() const { return m_standards; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void showAbout();

    Database &m_db;
    QTabWidget *m_tabs = nullptr;
    StandardsPage *m_standards = nullptr;
    QLabel *m_dbLabel = nullptr;
};
