#pragma once

#include <QHash>
#include <QWidget>

#include <optional>

class QFormLayout;
class QSpinBox;
class QToolButton;

namespace fa::ui {

class DocumentSession;
class TextKeyEdit;

// The figures of 情况说明 that are not money (knownCountKeys(): “三公” 团组 and 人次, vehicles,
// large equipment, 绩效 projects), each a spin box whose lowest step is “not given” (a count
// not given is left out of the text, 0 is printed as 0), grouped as §九, §十二 and §十三 use
// them; beside them the short texts that go with them (reasons for 三公 决算 vs 预算, notes,
// the 绩效 paragraphs). Every change is one undo step through the session.
class CountsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CountsPage(DocumentSession *session, QWidget *parent = nullptr);

    // The spin box of a count key (nullptr when none); its value -1 means “not given”.
    QSpinBox *spinBox(const QString &key) const { return m_spins.value(key); }
    QToolButton *clearButton(const QString &key) const { return m_clears.value(key); }
    TextKeyEdit *textEdit(const QString &key) const { return m_texts.value(key); }
    // Writes a count (nullopt: not given) as one undo step; false when refused. Writes with the
    // same `mergeKey` in a row are one step (the arrow steps of one visit to a spin box).
    bool setCount(const QString &key, std::optional<qint64> count, const QString &mergeKey = {});
    void refresh();

    // What a person reads for a count key ("因公出国（境）团组数（个）").
    static QString countLabel(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addCount(QFormLayout *form, const QString &key);
    void addText(QFormLayout *form, const QString &key, const QString &label, int lines);

    DocumentSession *m_session;
    QHash<QString, QSpinBox *> m_spins;
    QHash<QString, QToolButton *> m_clears;
    QHash<QString, TextKeyEdit *> m_texts;
    int m_visit = 0;
};

} // namespace fa::ui
