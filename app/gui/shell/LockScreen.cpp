#include "LockScreen.h"

#include "ui_LockScreen.h"

#include "widgets/Icons.h"

#include <QIcon>
#include <QStyle>

using namespace Qt::StringLiterals;

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LockScreen>())
{
    m_ui->setupUi(this);
    setAutoFillBackground(true);
    const QIcon icon = Icons::themed(u"system-lock-screen"_s, u"lock.svg"_s);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize) * 2;
    m_ui->iconLabel->setPixmap(icon.pixmap(size, size));
    m_ui->iconLabel->setVisible(!icon.isNull());
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->errorLabel->hide();
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &LockScreen::requestUnlock);
    connect(m_ui->passphraseLineEdit, &QLineEdit::returnPressed, this, &LockScreen::requestUnlock);
    connect(m_ui->passphraseLineEdit, &QLineEdit::textEdited, m_ui->errorLabel, &QWidget::hide);
}

LockScreen::~LockScreen() = default;

void LockScreen::setUser(const QString& displayName, bool recoveryKeySession)
{
    if (recoveryKeySession) {
        m_ui->userLabel->setText(tr("Opened with the recovery key"));
        m_ui->promptLabel->setText(tr("Enter the &recovery key to carry on where you left off."));
        m_ui->passphraseLineEdit->setAccessibleName(tr("Recovery key"));
    } else {
        m_ui->userLabel->setText(tr("Signed in as %1").arg(displayName));
        m_ui->promptLabel->setText(tr("Enter your &passphrase to carry on where you left off."));
        m_ui->passphraseLineEdit->setAccessibleName(tr("Passphrase"));
    }
}

void LockScreen::reset()
{
    m_ui->passphraseLineEdit->clear();
    m_ui->errorLabel->hide();
    m_ui->passphraseLineEdit->setFocus();
}

void LockScreen::showError(const QString& message)
{
    m_ui->passphraseLineEdit->clear();
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    m_ui->passphraseLineEdit->setFocus();
}

void LockScreen::requestUnlock()
{
    const QString secret = m_ui->passphraseLineEdit->text();
    m_ui->passphraseLineEdit->clear();
    if (secret.isEmpty()) {
        m_ui->passphraseLineEdit->setFocus();
        return;
    }
    Q_EMIT unlockRequested(secret);
}
