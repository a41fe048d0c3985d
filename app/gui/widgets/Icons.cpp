#include "Icons.h"

using namespace Qt::StringLiterals;

// lanyard.qrc is compiled into the static lanyard_gui library, where no code refers to it, so the
// linker would leave it out of every program that links the library (and its icons with it).
// Q_INIT_RESOURCE names it, and must be called outside a namespace.
static void registerLanyardResources()
{
    Q_INIT_RESOURCE(lanyard);
}

namespace {
QString resource(const QString& file)
{
    static const bool registered = (registerLanyardResources(), true);
    Q_UNUSED(registered)
    return u":/icons/"_s + file;
}
} // namespace

QIcon Icons::themed(const QString& themeName, const QString& file)
{
    return QIcon::fromTheme(themeName, QIcon(resource(file)));
}

QIcon Icons::lanyard()
{
    return QIcon(resource(u"lanyard.svg"_s));
}
