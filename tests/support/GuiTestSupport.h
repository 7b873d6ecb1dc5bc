#pragma once

#include <QApplication>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

// The standard output of a command-line tool (pdftotext, pdfinfo, ...); the test stops
// when it fails.
inline QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The child widget of `parent` with that objectName; the test stops when there is none.
template<typename T>
T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(w != nullptr);
    return w;
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    return child<T>(parent, QString::fromLatin1(name));
}

// Runs `act` on the next modal dialog of type T once it is up (its exec() blocks the
// test meanwhile). The returned flag turns true when it ran; the polling gives up after
// `timeoutMs`, so a dialog that never comes fails the test's check of the flag.
template<typename T>
std::shared_ptr<bool> whenModal(std::function<void(T *)> act, int timeoutMs = 5000)
{
    auto ran = std::make_shared<bool>(false);
    auto *timer = new QTimer(qApp);
    auto waited = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, ran, waited, act, timeoutMs] {
        *waited += timer->interval();
        QPointer<T> dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible()) {
            if (*waited > timeoutMs) {
                timer->stop();
                timer->deleteLater();
            }
            return;
        }
        timer->stop();
        timer->deleteLater();
        *ran = true;
        act(dialog);
    });
    timer->start(10);
    return ran;
}
