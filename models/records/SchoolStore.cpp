#include "SchoolStore.h"

#include "storage/SettingsStore.h"
#include "storage/StoreSupport.h"
#include "storage/Vault.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace StoreSupport;

namespace {
const QString LogoKey = u"school.logo"_s; // base64 of the PNG
}

SchoolStore::SchoolStore(Vault& vault)
    : m_vault(vault)
{
}

Result<School> SchoolStore::load() const
{
    QSqlQuery q(m_vault.database());
    if (!q.exec(u"SELECT name, urn, address, postcode FROM school WHERE id = 1"_s))
        return readFailed(q, Q_FUNC_INFO);
    if (!q.next())
        return Failure{tr("The vault has no school details.")};
    return School{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
}

bool SchoolStore::validate(const School& school, QString* error)
{
    if (school.name.trimmed().isEmpty())
        return refuse(error, tr("Enter the school's name."));
    static const QRegularExpression urn(u"^\\d{6}$"_s);
    if (!school.urn.trimmed().isEmpty() && !urn.match(school.urn.trimmed()).hasMatch())
        return refuse(error, tr("A URN is 6 digits, as shown on Get Information about Schools."));
    static const QRegularExpression postcode(u"^[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    if (!school.postcode.trimmed().isEmpty() && !postcode.match(school.postcode.trimmed()).hasMatch())
        return refuse(error, tr("“%1” is not a UK postcode.").arg(school.postcode.trimmed()));
    return true;
}

bool SchoolStore::save(const School& school, QString* error)
{
    if (!m_vault.require(Permission::ManageSettings, error))
        return false;
    if (!validate(school, error))
        return false;
    Transaction transaction(m_vault.database());
    QSqlQuery q(m_vault.database());
    q.prepare(u"UPDATE school SET name = ?, urn = ?, address = ?, postcode = ? WHERE id = 1"_s);
    q.addBindValue(school.name.trimmed());
    q.addBindValue(textOrNull(school.urn));
    q.addBindValue(textOrNull(school.address));
    q.addBindValue(textOrNull(school.postcode.toUpper()));
    if (!q.exec())
        return sqlFailed(q, Q_FUNC_INFO, error);
    return audit(m_vault, u"school"_s, 1, u"update"_s, error) && transaction.commit();
}

Result<QByteArray> SchoolStore::logo() const
{
    const auto text = SettingsStore(m_vault).value(LogoKey);
    if (!text)
        return Failure{text.error()};
    return QByteArray::fromBase64(text->toLatin1());
}

bool SchoolStore::setLogo(const QByteArray& png, QString* error)
{
    if (!m_vault.require(Permission::ManageSettings, error))
        return false;
    SettingsStore settings(m_vault);
    return png.isEmpty() ? settings.remove(LogoKey, error)
                         : settings.setValue(LogoKey, QString::fromLatin1(png.toBase64()), error);
}
