#pragma once

class QDialogButtonBox;
class QWidget;

// A record's dialog opened for someone whose role may read it but not change it: every field
// keeps its value legible but cannot be changed, and the buttons become a single Close.
namespace ReadOnlyForm {

void apply(QWidget* form, QDialogButtonBox* buttons);

} // namespace ReadOnlyForm
