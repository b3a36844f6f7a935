#pragma once

// A part of a widget (or of any QObject) found by the object name the widget gives it for tests
// and tools — the way the GUI suites reach a window's buttons and fields, not getters added for
// them. A name that is not there ends the run saying which: no test can go on without it.

#include <QObject>
#include <QString>

#include <memory>

template<typename T>
T *child(const QObject *parent, const char *name)
{
    T *found = parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
    if (!found)
        qFatal("no %s named '%s' under %s", T::staticMetaObject.className(), name,
            parent ? qPrintable(parent->objectName()) : "null");
    return found;
}

template<typename T, typename Owner>
T *child(const std::unique_ptr<Owner> &parent, const char *name)
{
    return child<T>(parent.get(), name);
}
