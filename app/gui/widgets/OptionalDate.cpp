#include "OptionalDate.h"

#include <QCalendarWidget>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace {
const QDate NotSet(1900, 1, 1);

class EmptyCalendarPage final : public QObject
{
public:
    EmptyCalendarPage(QDateEdit* edit, std::function<QDate()> page)
        : QObject(edit)
        , m_edit(edit)
        , m_page(std::move(page))
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show && !OptionalDate::value(m_edit).isValid()) {
            const QDate page = m_page ? m_page() : QDate::currentDate();
            static_cast<QCalendarWidget*>(watched)->setCurrentPage(page.year(), page.month());
        }
        return false;
    }

private:
    QDateEdit* m_edit;
    std::function<QDate()> m_page;
};
} // namespace

void OptionalDate::setUp(QDateEdit* edit, std::function<QDate()> emptyPage)
{
    edit->setDisplayFormat(u"dd/MM/yyyy"_s);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NotSet);
    edit->setSpecialValueText(QCoreApplication::translate("OptionalDate", "Not set"));
    edit->setDate(NotSet);
    edit->calendarWidget()->installEventFilter(new EmptyCalendarPage(edit, std::move(emptyPage)));
}

void OptionalDate::set(QDateEdit* edit, const QDate& date)
{
    edit->setDate(date.isValid() ? date : NotSet);
}

QDate OptionalDate::value(const QDateEdit* edit)
{
    return edit->date() == NotSet ? QDate() : edit->date();
}
