#pragma once

#include <QDate>

#include <functional>

class QDateEdit;

// A QDateEdit cannot be blank, so an optional date (left on, joined on) is shown as "Not set" at
// the edit's minimum date. Dialogs go through these rather than QDateEdit::date().
namespace OptionalDate {

// Shows dd/MM/yyyy with a calendar popup. While no date is set, the calendar opens on the month
// `emptyPage` gives (this month by default) rather than on January 1900.
void setUp(QDateEdit* edit, std::function<QDate()> emptyPage = {});
void set(QDateEdit* edit, const QDate& date); // an invalid date is "Not set"
QDate value(const QDateEdit* edit);           // invalid when "Not set"

} // namespace OptionalDate
