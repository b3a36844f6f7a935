#pragma once

// A one-line label that gives way: where it has less room than its text needs (a narrow pane on a
// small screen), the text is elided in the middle — the ends of a SID are what people compare —
// and the whole of it is in the tooltip; it never asks the window to widen. text() is the whole
// text. The properties "elided" and "fullText" say what is shown (tests read them).

#include <QLabel>

namespace flowscope {

class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    // A tooltip of its own, shown below the whole text when that is elided.
    void setNote(const QString &note);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();

    QString m_note;
};

} // namespace flowscope
