#pragma once

#include "accounts/User.h"
#include "common/Result.h"
#include "survey/SurveyResponse.h"

#include <QWidget>

#include <array>
#include <functional>
#include <memory>

class Database;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class SurveyStore;

// Survey mode: a full-screen form with big buttons that a visitor fills in alone after
// a service. One question per screen (the nine SKM elements with their standard labels),
// then the respondent profile, then thanks, and a fresh form for the next visitor.
// There are no menus and nothing else to reach: Escape and closing the window (Alt+F4)
// ask for an officer's password, checked by the callback the caller provides.
class SurveyModeWindow final : public QWidget
{
    Q_OBJECT

public:
    // Success when `password` lets the visitor's screen go back to the officer;
    // otherwise the reason, shown on the password screen.
    using UnlockCheck = std::function<Status(const QString &password)>;

    enum class Page { Question, Profile, Thanks, Unlock };

    SurveyModeWindow(Database &db, UnlockCheck unlock, QWidget *parent = nullptr);
    ~SurveyModeWindow() override;

    // A check against the password of the officer who started survey mode (ScreenUnlock:
    // wrong passwords do not count towards the account's lockout; after three in a row
    // no try for 30 seconds).
    static UnlockCheck officerPassword(Database &db, const User &officer);

    // A fresh form; the service the visitor just used is preselected (0: none).
    void start(int serviceNumber = 0);
    // Shows full screen and starts.
    void showForVisitor(int serviceNumber = 0);
    void setThanksDuration(int milliseconds);

    Page page() const;
    int currentQuestion() const { return m_question; } // 0..8 while on a question
    // What a tap does, public for tests: answer a question (1-4) and move on.
    void answer(int element, int value);
    void back();
    void chooseProfile(const QString &group, const QString &key); // "gender", "age", "education", "occupation"
    void chooseService(int serviceNumber);
    bool submit();
    // The officer's way out.
    void requestLeave();
    bool unlock(const QString &password);
    bool isUnlocked() const { return m_unlocked; }
    QString message() const;

signals:
    void responseRecorded(qint64 id);
    // The officer left survey mode with the password; the window is closed.
    void left();

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildQuestion(int element);
    QWidget *buildProfile();
    QWidget *buildThanks();
    QWidget *buildUnlock();
    QPushButton *bigButton(const QString &text, QWidget *parent);
    void showQuestion(int element);
    void returnFromUnlock();

    Database &m_db;
    std::unique_ptr<SurveyStore> m_store;
    UnlockCheck m_unlockCheck;
    bool m_unlocked = false;
    int m_question = 0;
    int m_thanksMs = 6000;
    QWidget *m_pageBeforeUnlock = nullptr;
    SurveyResponse m_response;

    QStackedWidget *m_stack = nullptr;
    std::array<QWidget *, SurveyElement::kCount> m_questionPages{};
    std::array<QButtonGroup *, SurveyElement::kCount> m_answerGroups{};
    QWidget *m_profilePage = nullptr;
    QWidget *m_thanksPage = nullptr;
    QWidget *m_unlockPage = nullptr;
    QList<std::pair<QString, QButtonGroup *>> m_profileGroups;
    QButtonGroup *m_serviceGroup = nullptr;
    QLabel *m_profileMessage = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_unlockMessage = nullptr;
    QTimer *m_thanksTimer = nullptr;
    QTimer *m_unlockIdle = nullptr;
};
