#include "feedback/SurveyModeWindow.h"

#include "accounts/ScreenUnlock.h"
#include "calendar/CalendarStore.h"
#include "catalog/CatalogStore.h"
#include "survey/SurveyProfile.h"
#include "survey/SurveyStore.h"

#include <QButtonGroup>
#include <QCloseEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kBasePt = 17; // large enough to read standing at the counter

QLabel *label(const QString &text, QWidget *parent, qreal scale = 1.0, bool bold = false)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setAlignment(Qt::AlignCenter);
    // Style sheets stop fonts from propagating; sizes are set through them too.
    l->setStyleSheet(QStringLiteral("font-size: %1pt; font-weight: %2;").arg(qRound(kBasePt * scale)).arg(bold ? 600 : 400));
    return l;
}

} // namespace

SurveyModeWindow::SurveyModeWindow(Database &db, UnlockCheck unlock, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint), m_db(db), m_store(std::make_unique<SurveyStore>(db)),
      m_unlockCheck(std::move(unlock))
{
    setObjectName(QStringLiteral("SurveyModeWindow"));
    setWindowTitle(tr("Survei Kepuasan Masyarakat"));
    // The rest of the application cannot be reached while the visitor has the screen.
    setWindowModality(Qt::ApplicationModal);
    setContextMenuPolicy(Qt::NoContextMenu);
    setStyleSheet(QStringLiteral("SurveyModeWindow { background: #f4f7fb; }"
                                 "QLineEdit { font-size: %1pt; }"
                                 "QPushButton { font-size: %1pt; padding: 12px; border-radius: 10px; border: 2px solid #8aa4c8; "
                                 "background: white; }"
                                 "QPushButton:disabled { color: #a0a8b0; border-color: #d0d8e0; }"
                                 "QPushButton:checked { background: #1f5fa8; color: white; border-color: #1f5fa8; }"
                                 "QPushButton:focus { border-color: #f0a030; }")
                      .arg(kBasePt));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 24, 40, 24);
    auto *header = label(tr("Survei Kepuasan Masyarakat — Layanan Pengadaan Secara Elektronik Kota Banjarmasin"), this, 1.0, true);
    header->setObjectName(QStringLiteral("surveyHeader"));
    layout->addWidget(header);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("surveyPages"));
    layout->addWidget(m_stack, 1);
    for (int e = 0; e < SurveyElement::kCount; ++e) {
        m_questionPages[e] = buildQuestion(e);
        m_stack->addWidget(m_questionPages[e]);
    }
    m_profilePage = buildProfile();
    m_stack->addWidget(m_profilePage);
    m_thanksPage = buildThanks();
    m_stack->addWidget(m_thanksPage);
    m_unlockPage = buildUnlock();
    m_stack->addWidget(m_unlockPage);

    m_thanksTimer = new QTimer(this);
    m_thanksTimer->setSingleShot(true);
    connect(m_thanksTimer, &QTimer::timeout, this, [this] { start(0); });
    // Someone walked away from the password screen: back to the survey.
    m_unlockIdle = new QTimer(this);
    m_unlockIdle->setSingleShot(true);
    m_unlockIdle->setInterval(30000);
    connect(m_unlockIdle, &QTimer::timeout, this, &SurveyModeWindow::returnFromUnlock);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, this, &SurveyModeWindow::requestLeave);
    start(0);
}

SurveyModeWindow::~SurveyModeWindow() = default;

SurveyModeWindow::UnlockCheck SurveyModeWindow::officerPassword(Database &db, const User &officer)
{
    auto guard = std::make_shared<ScreenUnlock>(db, officer.id);
    return [guard](const QString &password) { return guard->tryPassword(password); };
}

QPushButton *SurveyModeWindow::bigButton(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setMinimumHeight(90);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    b->setContextMenuPolicy(Qt::NoContextMenu);
    return b;
}

QWidget *SurveyModeWindow::buildQuestion(int element)
{
    auto *page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("question_%1").arg(SurveyElement::code(element)));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(label(tr("Pertanyaan %1 dari %2 · %3").arg(element + 1).arg(SurveyElement::kCount).arg(SurveyElement::title(element)), page));
    layout->addWidget(label(SurveyElement::question(element), page, 1.4, true));
    layout->addSpacing(16);
    auto *answers = new QGridLayout;
    auto *group = new QButtonGroup(page);
    group->setExclusive(true);
    const QStringList labels = SurveyElement::answerLabels(element);
    for (int v = 1; v <= 4; ++v) {
        QPushButton *b = bigButton(QStringLiteral("%1\n%2").arg(v).arg(labels.at(v - 1)), page);
        b->setObjectName(QStringLiteral("answer_%1_%2").arg(SurveyElement::code(element)).arg(v));
        b->setMinimumHeight(160);
        b->setMaximumHeight(260);
        b->setCheckable(true);
        group->addButton(b, v);
        answers->addWidget(b, 0, v - 1);
    }
    m_answerGroups[element] = group;
    connect(group, &QButtonGroup::idClicked, this, [this, element](int v) { answer(element, v); });
    layout->addStretch(1);
    layout->addLayout(answers);
    layout->addStretch(1);
    auto *nav = new QHBoxLayout;
    QPushButton *backButton = bigButton(tr("‹ Kembali"), page);
    backButton->setObjectName(QStringLiteral("back_%1").arg(SurveyElement::code(element)));
    backButton->setMaximumWidth(260);
    backButton->setMinimumHeight(60);
    backButton->setEnabled(element > 0);
    connect(backButton, &QPushButton::clicked, this, &SurveyModeWindow::back);
    nav->addWidget(backButton);
    nav->addStretch(1);
    layout->addLayout(nav);
    return page;
}

QWidget *SurveyModeWindow::buildProfile()
{
    auto *page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("profilePage"));
    auto *outer = new QVBoxLayout(page);
    outer->addWidget(label(tr("Tentang Anda (boleh dilewati)"), page, 1.4, true));
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *inner = new QWidget(scroll);
    inner->setObjectName(QStringLiteral("profileOptions"));
    inner->setStyleSheet(QStringLiteral("QPushButton { font-size: %1pt; padding: 6px; }").arg(kBasePt - 3));
    auto *grid = new QGridLayout(inner);
    int row = 0;
    auto addGroup = [&](const QString &key, const QString &title, const QList<SurveyProfile::Option> &options) {
        grid->addWidget(label(title, inner, 0.85), row, 0);
        auto *buttons = new QGridLayout;
        auto *group = new QButtonGroup(inner);
        int i = 0;
        for (const SurveyProfile::Option &o : options) {
            QPushButton *b = bigButton(o.title, inner);
            b->setMinimumHeight(56);
            b->setObjectName(QStringLiteral("profile_%1_%2").arg(key, o.key));
            b->setCheckable(true);
            b->setProperty("profileKey", o.key);
            group->addButton(b);
            buttons->addWidget(b, i / 3, i % 3);
            ++i;
            connect(b, &QPushButton::clicked, this, [this, key, value = o.key] { chooseProfile(key, value); });
        }
        grid->addLayout(buttons, row, 1);
        m_profileGroups << std::make_pair(key, group);
        ++row;
    };
    addGroup(QStringLiteral("gender"), tr("Jenis kelamin"), SurveyProfile::genders());
    addGroup(QStringLiteral("age"), tr("Umur"), SurveyProfile::ageBands());
    addGroup(QStringLiteral("education"), tr("Pendidikan"), SurveyProfile::educations());
    addGroup(QStringLiteral("occupation"), tr("Pekerjaan"), SurveyProfile::occupations());

    grid->addWidget(label(tr("Layanan yang diterima"), inner, 0.85), row, 0);
    auto *services = new QGridLayout;
    m_serviceGroup = new QButtonGroup(inner);
    const Result<ServiceCatalog> catalog = CatalogStore(m_db).current(CalendarStore(m_db).today());
    if (catalog) {
        int i = 0;
        for (const Service &s : catalog->servicesWithOther()) {
            QPushButton *b = bigButton(s.title(), inner);
            b->setMinimumHeight(56);
            b->setObjectName(QStringLiteral("service_%1").arg(s.number));
            b->setCheckable(true);
            m_serviceGroup->addButton(b, s.number);
            services->addWidget(b, i / 2, i % 2);
            ++i;
        }
    }
    connect(m_serviceGroup, &QButtonGroup::idClicked, this, &SurveyModeWindow::chooseService);
    grid->addLayout(services, row, 1);
    grid->setColumnStretch(1, 1);
    scroll->setWidget(inner);
    outer->addWidget(scroll, 1);

    m_profileMessage = new QLabel(page);
    m_profileMessage->setObjectName(QStringLiteral("surveyMessage"));
    m_profileMessage->setAlignment(Qt::AlignCenter);
    m_profileMessage->setStyleSheet(QStringLiteral("color:#b00020"));
    outer->addWidget(m_profileMessage);
    auto *nav = new QHBoxLayout;
    QPushButton *backButton = bigButton(tr("‹ Kembali"), page);
    backButton->setObjectName(QStringLiteral("back_profile"));
    backButton->setMaximumWidth(260);
    backButton->setMinimumHeight(60);
    connect(backButton, &QPushButton::clicked, this, &SurveyModeWindow::back);
    QPushButton *send = bigButton(tr("Kirim penilaian ✓"), page);
    send->setObjectName(QStringLiteral("submitSurvey"));
    send->setMinimumHeight(80);
    connect(send, &QPushButton::clicked, this, &SurveyModeWindow::submit);
    nav->addWidget(backButton);
    nav->addWidget(send, 1);
    outer->addLayout(nav);
    return page;
}

QWidget *SurveyModeWindow::buildThanks()
{
    auto *page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("thanksPage"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(label(tr("Terima kasih atas penilaian Anda."), page, 2.0, true));
    layout->addWidget(label(tr("Masukan Anda membantu kami memperbaiki pelayanan."), page, 1.2));
    layout->addStretch(1);
    QPushButton *next = bigButton(tr("Isi survei baru"), page);
    next->setObjectName(QStringLiteral("nextRespondent"));
    next->setMinimumHeight(70);
    connect(next, &QPushButton::clicked, this, [this] { start(0); });
    layout->addWidget(next);
    return page;
}

QWidget *SurveyModeWindow::buildUnlock()
{
    auto *page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("unlockPage"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(label(tr("Khusus petugas: masukkan kata sandi untuk keluar dari mode survei."), page, 1.2, true));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setContextMenuPolicy(Qt::NoContextMenu);
    m_password->setMaximumWidth(520);
    m_password->setMinimumHeight(56);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addStretch(1);
    passwordRow->addWidget(m_password, 2);
    passwordRow->addStretch(1);
    layout->addLayout(passwordRow);
    m_unlockMessage = new QLabel(page);
    m_unlockMessage->setObjectName(QStringLiteral("unlockMessage"));
    m_unlockMessage->setAlignment(Qt::AlignCenter);
    m_unlockMessage->setStyleSheet(QStringLiteral("color:#b00020"));
    layout->addWidget(m_unlockMessage);
    auto *buttons = new QHBoxLayout;
    QPushButton *cancel = bigButton(tr("Kembali ke survei"), page);
    cancel->setObjectName(QStringLiteral("cancelUnlock"));
    cancel->setMinimumHeight(64);
    QPushButton *leave = bigButton(tr("Keluar"), page);
    leave->setObjectName(QStringLiteral("unlockButton"));
    leave->setMinimumHeight(64);
    buttons->addWidget(cancel);
    buttons->addWidget(leave);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(cancel, &QPushButton::clicked, this, &SurveyModeWindow::returnFromUnlock);
    connect(leave, &QPushButton::clicked, this, [this] { unlock(m_password->text()); });
    connect(m_password, &QLineEdit::returnPressed, this, [this] { unlock(m_password->text()); });
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_unlockIdle->start(); });
    return page;
}

void SurveyModeWindow::setThanksDuration(int milliseconds)
{
    m_thanksMs = milliseconds;
}

void SurveyModeWindow::start(int serviceNumber)
{
    m_thanksTimer->stop();
    m_unlockIdle->stop();
    m_unlocked = false;
    m_response = SurveyResponse();
    m_response.serviceNumber = serviceNumber;
    for (QButtonGroup *group : m_answerGroups) {
        // An exclusive group keeps one button checked; lift it to clear the choice.
        group->setExclusive(false);
        for (QAbstractButton *b : group->buttons())
            b->setChecked(false);
        group->setExclusive(true);
    }
    QList<QButtonGroup *> groups{m_serviceGroup};
    for (const auto &[key, group] : std::as_const(m_profileGroups))
        groups << group;
    for (QButtonGroup *group : groups) {
        group->setExclusive(false);
        for (QAbstractButton *b : group->buttons())
            b->setChecked(false);
        group->setExclusive(true);
    }
    if (QAbstractButton *b = m_serviceGroup->button(serviceNumber))
        b->setChecked(true);
    m_profileMessage->clear();
    m_password->clear();
    m_unlockMessage->clear();
    m_pageBeforeUnlock = nullptr;
    showQuestion(0);
}

void SurveyModeWindow::showForVisitor(int serviceNumber)
{
    start(serviceNumber);
    showFullScreen();
    raise();
    activateWindow();
}

SurveyModeWindow::Page SurveyModeWindow::page() const
{
    QWidget *current = m_stack->currentWidget();
    if (current == m_profilePage)
        return Page::Profile;
    if (current == m_thanksPage)
        return Page::Thanks;
    if (current == m_unlockPage)
        return Page::Unlock;
    return Page::Question;
}

void SurveyModeWindow::showQuestion(int element)
{
    m_question = std::clamp(element, 0, SurveyElement::kCount - 1);
    m_stack->setCurrentWidget(m_questionPages.at(m_question));
    if (QAbstractButton *b = m_answerGroups.at(m_question)->checkedButton())
        b->setFocus();
    else
        m_answerGroups.at(m_question)->button(1)->setFocus();
}

void SurveyModeWindow::answer(int element, int value)
{
    if (element < 0 || element >= SurveyElement::kCount || value < 1 || value > 4)
        return;
    m_response.answers[element] = value;
    if (QAbstractButton *b = m_answerGroups.at(element)->button(value))
        b->setChecked(true);
    if (element + 1 < SurveyElement::kCount)
        showQuestion(element + 1);
    else
        m_stack->setCurrentWidget(m_profilePage);
}

void SurveyModeWindow::back()
{
    if (page() == Page::Profile)
        showQuestion(SurveyElement::kCount - 1);
    else if (page() == Page::Question && m_question > 0)
        showQuestion(m_question - 1);
}

void SurveyModeWindow::chooseProfile(const QString &group, const QString &key)
{
    if (group == QLatin1String("gender"))
        m_response.gender = key;
    else if (group == QLatin1String("age"))
        m_response.ageBand = key;
    else if (group == QLatin1String("education"))
        m_response.education = key;
    else if (group == QLatin1String("occupation"))
        m_response.occupation = key;
    for (const auto &[name, buttons] : std::as_const(m_profileGroups)) {
        if (name != group)
            continue;
        for (QAbstractButton *b : buttons->buttons())
            if (b->property("profileKey").toString() == key)
                b->setChecked(true);
    }
}

void SurveyModeWindow::chooseService(int serviceNumber)
{
    m_response.serviceNumber = serviceNumber;
    if (QAbstractButton *b = m_serviceGroup->button(serviceNumber))
        b->setChecked(true);
}

bool SurveyModeWindow::submit()
{
    for (int e = 0; e < SurveyElement::kCount; ++e) {
        if (m_response.answers.at(e) < 1) {
            showQuestion(e);
            return false;
        }
    }
    const Result<qint64> id = m_store->record(m_response);
    if (!id) {
        m_profileMessage->setText(id.error());
        return false;
    }
    emit responseRecorded(id.value());
    m_stack->setCurrentWidget(m_thanksPage);
    m_thanksTimer->start(m_thanksMs);
    return true;
}

void SurveyModeWindow::requestLeave()
{
    if (page() == Page::Unlock)
        return;
    m_pageBeforeUnlock = m_stack->currentWidget();
    m_thanksTimer->stop();
    m_password->clear();
    m_unlockMessage->clear();
    m_stack->setCurrentWidget(m_unlockPage);
    m_password->setFocus();
    m_unlockIdle->start();
}

void SurveyModeWindow::returnFromUnlock()
{
    m_unlockIdle->stop();
    m_password->clear();
    m_unlockMessage->clear();
    if (m_pageBeforeUnlock == m_thanksPage || !m_pageBeforeUnlock) {
        start(0);
        return;
    }
    m_stack->setCurrentWidget(m_pageBeforeUnlock);
    m_pageBeforeUnlock = nullptr;
}

bool SurveyModeWindow::unlock(const QString &password)
{
    m_password->clear();
    const Status checked = password.isEmpty() || !m_unlockCheck ? Status::failure(QString()) : m_unlockCheck(password);
    if (!checked) {
        m_unlockMessage->setText(checked.error().isEmpty() ? tr("Kata sandi salah. Mode survei tetap berjalan.")
                                                           : tr("%1 Mode survei tetap berjalan.").arg(checked.error()));
        m_unlockIdle->start();
        return false;
    }
    m_unlocked = true;
    m_unlockIdle->stop();
    close();
    emit left();
    return true;
}

QString SurveyModeWindow::message() const
{
    return page() == Page::Unlock ? m_unlockMessage->text() : m_profileMessage->text();
}

void SurveyModeWindow::closeEvent(QCloseEvent *event)
{
    if (m_unlocked) {
        event->accept();
        return;
    }
    // Alt+F4 or the window manager: only an officer may leave.
    event->ignore();
    requestLeave();
}

void SurveyModeWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        requestLeave();
        event->accept();
        return;
    }
    // A number key answers the question on screen.
    if (page() == Page::Question && event->key() >= Qt::Key_1 && event->key() <= Qt::Key_4) {
        answer(m_question, event->key() - Qt::Key_0);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}
