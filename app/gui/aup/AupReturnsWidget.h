#pragma once

#include "domain/AcademicYear.h"

#include <QWidget>

#include <memory>

class QCompleter;
class QStringListModel;
class Vault;

namespace Ui {
class AupReturnsWidget;
}

// Where the office records AUP forms as they come back: a USB scanner types the form's QR code and
// presses Enter, or the office finds the pupil by name. Every form is confirmed at once, in large
// type, with the pupil's name, or refused with the reason; what came back (pupil's signature,
// parent's signature, declined) is ticked before the scan and reset after it.
class AupReturnsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AupReturnsWidget)
public:
    explicit AupReturnsWidget(Vault& vault, QWidget* parent = nullptr);
    ~AupReturnsWidget() override;

    void setYear(const AcademicYear& year);
    // Records the form with this code as ticked; false when it was refused.
    bool record(const QString& code);
    QString resultText() const;

Q_SIGNALS:
    void returnRecorded();

private:
    void reloadOutstanding();
    void showResult(const QString& text, bool refused);
    void resetTicks();

    const std::unique_ptr<Ui::AupReturnsWidget> m_ui;
    Vault& m_vault;
    AcademicYear m_year;
    QStringListModel* m_outstandingModel;
    QCompleter* m_completer;
};
