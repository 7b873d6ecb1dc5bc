#pragma once

#include <QString>
#include <QWidget>

#include <catch2/catch.hpp>

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
