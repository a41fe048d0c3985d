#pragma once

#include <QIcon>
#include <QString>

// Lanyard's icons, from the desktop's theme where it has one and from lanyard.qrc otherwise.
namespace Icons {
// themeName from the freedesktop naming scheme; file in resources/icons/, such as "lock.svg".
QIcon themed(const QString& themeName, const QString& file);
// Lanyard's own mark, for the window.
QIcon lanyard();
} // namespace Icons
