#pragma once

#include <QCoreApplication>

class QWidget;
class Vault;

// What a user is told and asked as they sign in, before the school is shown: the vault's warnings
// (Vault::warnings), then, for a DSL or head who holds the safeguarding key, each DSL or head
// account waiting for it: "Give safeguarding access to …?" with Yes, Not now and Never.
class SafeguardingGrantPrompt final
{
    Q_DECLARE_TR_FUNCTIONS(SafeguardingGrantPrompt)
public:
    static void askAtSignIn(QWidget* parent, Vault& vault);
};
