#pragma once

#include <QWidget>

// The named child widget, or the test stops: a renamed widget in a .ui file should fail loudly.
template <typename T> T* child(const QWidget& parent, const QString& name)
{
    T* widget = parent.findChild<T*>(name);
    if (!widget)
        qFatal("no %s", qPrintable(name));
    return widget;
}
