#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

#include <functional>

// Acts on a window of type T when it is shown: a dialog that a click opens with exec(), which would
// otherwise hold the test up. The act runs once the event loop turns after the Show event, that is
// inside the dialog's exec(). It waits for that event, never for time to pass, so a busy machine
// only makes it later. Once acts on the next such window; Every on each one, while it lives.
template <typename T> class WhenShown final : public QObject
{
public:
    enum Times
    {
        Once,
        Every
    };

    explicit WhenShown(std::function<void(T*)> act, Times times = Once)
        : m_act(std::move(act))
        , m_times(times)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }
    ~WhenShown() override { QCoreApplication::instance()->removeEventFilter(this); }
    Q_DISABLE_COPY_MOVE(WhenShown)

    // How many windows it has acted on.
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Show || (m_times == Once && m_shown > 0))
            return false;
        auto* window = qobject_cast<T*>(watched);
        if (!window || !window->isWindow())
            return false;
        ++m_shown;
        QMetaObject::invokeMethod(
            this,
            [this, window = QPointer<T>(window)] {
                if (!window)
                    return;
                ++m_count;
                m_act(window);
            },
            Qt::QueuedConnection);
        return false;
    }

private:
    const std::function<void(T*)> m_act;
    const Times m_times;
    int m_shown = 0;
    int m_count = 0;
};
