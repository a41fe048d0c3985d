#pragma once

#include "figures/Figures.h"

#include <QWidget>

#include <memory>

namespace Ui {
class FiguresWindow;
}

// One publication of the governors' figures, as a governor reads it: the school, who published
// it and when, pupils on roll by year group, staff, AUP coverage, the last backup and the audit
// chain head. Small numbers arrive suppressed and are shown as "<5". It is given the figures and
// opens no file: reading the bundle, and refusing it, happen before it is shown.
class FiguresWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiguresWindow)
public:
    explicit FiguresWindow(QWidget* parent = nullptr);
    explicit FiguresWindow(const Figures& figures, QWidget* parent = nullptr);
    ~FiguresWindow() override;

    void setFigures(const Figures& figures);
    const Figures& figures() const { return m_figures; }

    // "12", "0", or "<5" for a suppressed count.
    static QString countText(const ChildCount& count);

private:
    void showDetails();
    void showPupils();
    void showStaff();
    void showAgreements();

    const std::unique_ptr<Ui::FiguresWindow> m_ui;
    Figures m_figures;
};
