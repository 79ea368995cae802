#include "explanationpage.h"

#include "chinese.h"
#include "documentsession.h"
#include "textkeyedit.h"
#include "texts.h"

#include <QAbstractTextDocumentLayout>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QToolTip>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace fa::ui {

namespace {
// The char format property holding a run's tooltip.
constexpr int kTipProperty = QTextFormat::UserProperty + 1;

const QString kPage = QStringLiteral("explanation");
const QString kLinkScheme = QStringLiteral("fa-link");

// The colours of the view (also named in the legend).
const QColor kFigureBackground(0xdb, 0xea, 0xfe); // generated figures: light blue
const QColor kFigureText(0x1e, 0x3a, 0x8a);
const QColor kTypedText(0x16, 0x65, 0x34);        // a person's words: green
const QColor kTypedBackground(0xf0, 0xfd, 0xf4);
const QColor kBadgeBackground(0xff, 0xe3, 0xb3);  // "written by hand"
const QColor kActionText(0x55, 0x60, 0x70);
const QColor kHighlight(0xff, 0xf0, 0x8a);

QString sectionName(int section)
{
    return QStringLiteral("§") + chineseNumeral(section);
}
} // namespace

ExplanationPage::ExplanationPage(DocumentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_browser(new QTextBrowser(m_splitter))
    , m_editorPanel(new QWidget(m_splitter))
    , m_editorTitle(new QLabel(m_editorPanel))
    , m_sectionEdit(new TextKeyEdit(session, QString(), QString(), {kPage, {}}, m_editorPanel))
    , m_restore(new QPushButton(tr("Restore the generated text"), m_editorPanel))
{
    m_browser->setObjectName(QStringLiteral("explanationView"));
    m_browser->setOpenLinks(false);
    m_browser->setContextMenuPolicy(Qt::CustomContextMenu);
    m_browser->viewport()->installEventFilter(this);
    m_browser->document()->setDocumentMargin(16);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ExplanationPage::activate);
    connect(m_browser, &QWidget::customContextMenuRequested, this, &ExplanationPage::showContextMenu);

    auto legend = new QLabel(this);
    legend->setWordWrap(true);
    legend->setTextFormat(Qt::RichText);
    auto swatch = [](const QColor &bg, const QColor &fg, const QString &text) {
        return QStringLiteral("<span style=\"background:%1; color:%2\">&nbsp;%3&nbsp;</span>")
            .arg(bg.name(), fg.name(), text.toHtmlEscaped());
    };
    legend->setText(tr("%1 figures taken from the tables (click an amount to go to its cell) · %2 words a person typed "
                       "(click to edit) · %3 a section written by hand. Right-click a section to write it by hand.")
                        .arg(swatch(kFigureBackground, kFigureText, QStringLiteral("64.80")),
                             swatch(kTypedBackground, kTypedText, tr("reason")),
                             swatch(kBadgeBackground, QColor(0x7a, 0x41, 0x00), tr("by hand"))));

    m_editorPanel->setObjectName(QStringLiteral("sectionEditorPanel"));
    m_sectionEdit->setObjectName(QStringLiteral("sectionEditor"));
    m_editorTitle->setWordWrap(true);
    auto *help = new QLabel(tr("The section is printed as typed here, one paragraph per line. Its figures are no longer "
                               "taken from the tables: the checks compare them."),
                            m_editorPanel);
    help->setWordWrap(true);
    auto *close = new QPushButton(tr("Close"), m_editorPanel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *panel = new QVBoxLayout(m_editorPanel);
    panel->setContentsMargins(6, 0, 0, 0);
    panel->addWidget(m_editorTitle);
    panel->addWidget(help);
    panel->addWidget(m_sectionEdit, 1);
    panel->addLayout(buttons);
    m_editorPanel->hide();
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    connect(close, &QPushButton::clicked, this, &ExplanationPage::closeSectionEditor);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (m_editedSection)
            restoreGenerated(m_editedSection);
    });
    m_restore->setEnabled(!session->isReadOnly());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(legend);
    layout->addWidget(m_splitter, 1);

    connect(session, &DocumentSession::changed, this, [this](const ChangeSet &c) {
        if (c.cells.empty() && c.texts.empty() && c.counts.empty() && !c.unitChanged && !c.structural() && c.rowsRenamed.empty())
            return; // only findings changed: the text is the same
        m_dirty = true;
        if (isVisible())
            rebuild();
    });
}

QString ExplanationPage::text()
{
    ensureCurrent();
    return m_browser->toPlainText();
}

void ExplanationPage::ensureCurrent()
{
    if (m_dirty)
        rebuild();
}

void ExplanationPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureCurrent();
}

void ExplanationPage::rebuild()
{
    QScrollBar *bar = m_browser->verticalScrollBar();
    const int scroll = bar->value();
    build();
    m_dirty = false;
    // The whole layout first, so that the scroll bar has its range again.
    m_browser->document()->pageCount();
    bar->setValue(scroll);
    // A section given back to the generator (undo, the button) has nothing to edit any more.
    if (m_editedSection && !m_typed[std::size_t(m_editedSection - 1)] && !m_sectionEdit->hasFocus())
        closeSectionEditor();
}

QString ExplanationPage::linkHref(Link link)
{
    m_links.push_back(std::move(link));
    return kLinkScheme + QLatin1Char(':') + QString::number(m_links.size() - 1);
}

void ExplanationPage::build()
{
    const std::vector<ExplanationSection> sections = explanation(m_session->document());
    const bool writable = !m_session->isReadOnly();
    QTextDocument *doc = m_browser->document();
    doc->clear();
    m_links.clear();
    m_sectionStart.clear();
    m_blocks.assign(sections.size(), {});
    m_typed.assign(sections.size(), false);

    const QFont base = m_browser->font();
    const qreal em = QFontMetricsF(base).horizontalAdvance(QChar(0x4e00)); // the width of one CJK character

    QTextCharFormat plain;
    QTextCharFormat title;
    title.setFontWeight(QFont::Bold);
    if (base.pointSizeF() > 0)
        title.setFontPointSize(base.pointSizeF() * 1.15);
    QTextCharFormat figure;
    figure.setBackground(kFigureBackground);
    figure.setForeground(kFigureText);
    QTextCharFormat typed;
    typed.setForeground(kTypedText);
    typed.setBackground(kTypedBackground);
    typed.setAnchor(true);
    QTextCharFormat action;
    action.setForeground(kActionText);
    action.setFontUnderline(true);
    action.setAnchor(true);
    if (base.pointSizeF() > 0)
        action.setFontPointSize(base.pointSizeF() * 0.9);
    QTextCharFormat badge;
    badge.setBackground(kBadgeBackground);
    badge.setForeground(QColor(0x7a, 0x41, 0x00));
    if (base.pointSizeF() > 0)
        badge.setFontPointSize(base.pointSizeF() * 0.9);

    QTextBlockFormat titleBlock;
    titleBlock.setBottomMargin(6);
    QTextBlockFormat paragraphBlock;
    paragraphBlock.setTextIndent(2 * em);
    paragraphBlock.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
    paragraphBlock.setBottomMargin(2);

    QTextCursor c(doc);
    c.beginEditBlock();
    bool first = true;
    for (const ExplanationSection &s : sections) {
        const std::size_t si = std::size_t(s.number - 1);
        if (si >= m_blocks.size())
            continue;
        m_typed[si] = s.typed;
        QTextBlockFormat tb = titleBlock;
        tb.setTopMargin(first ? 0 : 16);
        if (first)
            c.setBlockFormat(tb);
        else
            c.insertBlock(tb, plain);
        first = false;
        m_sectionStart.push_back(c.position());
        c.insertText(s.title, title);
        if (s.typed) {
            c.insertText(QStringLiteral("  "), plain);
            QTextCharFormat b = badge;
            b.setProperty(kTipProperty, tr("This section is printed as a person wrote it (%1).").arg(sectionTextKey(s.number)));
            c.insertText(QChar(0x2002) + tr("by hand") + QChar(0x2002), b);
        }
        if (writable) {
            auto addAction = [&](const QString &text, Link::Kind kind, const QString &tip) {
                QTextCharFormat a = action;
                a.setAnchorHref(linkHref({kind, {}, s.number}));
                a.setProperty(kTipProperty, tip);
                c.insertText(QStringLiteral("   "), plain);
                c.insertText(text, a);
            };
            if (s.typed) {
                addAction(tr("Edit"), Link::Kind::EditSection, tr("Edit the text of %1").arg(sectionName(s.number)));
                addAction(tr("Restore the generated text"), Link::Kind::Restore,
                          tr("Drop the typed text: %1 is generated from the tables again").arg(sectionName(s.number)));
            } else {
                addAction(tr("Write it by hand"), Link::Kind::WriteByHand,
                          tr("Copy the generated text of %1 into an editor and write it by hand").arg(sectionName(s.number)));
            }
        }

        for (const Paragraph &p : s.paragraphs) {
            c.insertBlock(paragraphBlock, plain);
            const int start = c.position();
            bool percentBefore = false; // the "%" after a share is marked with it
            for (const TextRun &run : p.runs) {
                const bool afterPercent = std::exchange(percentBefore, run.kind == TextRun::Kind::Percent);
                switch (run.kind) {
                case TextRun::Kind::Pattern:
                    if (afterPercent && run.text.startsWith(QLatin1Char('%'))) {
                        QTextCharFormat f = figure;
                        f.setProperty(kTipProperty, tr("A share or rate computed from the tables"));
                        c.insertText(QStringLiteral("%"), f);
                        c.insertText(run.text.mid(1), plain);
                    } else {
                        c.insertText(run.text, plain);
                    }
                    break;
                case TextRun::Kind::Amount:
                case TextRun::Kind::Percent:
                case TextRun::Kind::Count: {
                    QTextCharFormat f = figure;
                    if (run.kind == TextRun::Kind::Amount && !run.address.isEmpty()) {
                        f.setAnchor(true);
                        f.setAnchorHref(linkHref({Link::Kind::Cell, run.address, s.number}));
                        f.setUnderlineStyle(QTextCharFormat::DotLine);
                        f.setProperty(kTipProperty, tr("%1 (click to go to the cell)").arg(m_session->describe(run.address)));
                    } else if (run.kind == TextRun::Kind::Amount) {
                        f.setProperty(kTipProperty, tr("Computed from the tables"));
                    } else if (run.kind == TextRun::Kind::Percent) {
                        f.setProperty(kTipProperty, tr("A share or rate computed from the tables"));
                    } else {
                        f.setProperty(kTipProperty, tr("A count from the 补充数量 page"));
                    }
                    c.insertText(run.text, f);
                    break;
                }
                case TextRun::Kind::Typed: {
                    QTextCharFormat f = typed;
                    const bool section = run.key == sectionTextKey(s.number);
                    f.setAnchorHref(linkHref({section ? Link::Kind::EditSection : Link::Kind::Text, run.key, s.number}));
                    const QString what = section ? tr("The text of %1 written by hand").arg(sectionName(s.number)) : describeKey(run.key);
                    f.setProperty(kTipProperty, writable ? tr("%1 — typed text %2 (click to edit)").arg(what, run.key)
                                                         : tr("%1 — typed text %2").arg(what, run.key));
                    c.insertText(run.text, f);
                    break;
                }
                }
            }
            m_blocks[si].push_back({start, c.position()});
        }
        if (s.paragraphs.empty()) {
            c.insertBlock(paragraphBlock, plain);
            QTextCharFormat none = plain;
            none.setForeground(QColor(0x80, 0x80, 0x80));
            c.insertText(tr("(nothing is printed in this section)"), none);
        }
    }
    c.endEditBlock();
    applyHighlight();
}

int ExplanationPage::sectionAt(int position) const
{
    int section = 0;
    for (std::size_t i = 0; i < m_sectionStart.size(); ++i) {
        if (m_sectionStart[i] <= position)
            section = int(i) + 1;
    }
    return section;
}

bool ExplanationPage::showParagraph(int section, int paragraph)
{
    ensureCurrent();
    if (section < 1 || section > int(m_blocks.size()) || paragraph < 0
        || paragraph >= int(m_blocks[std::size_t(section - 1)].size()))
        return false;
    m_highlight = {section, paragraph};
    applyHighlight();
    const int start = m_blocks[std::size_t(section - 1)][std::size_t(paragraph)].first;
    QTextCursor c(m_browser->document());
    c.setPosition(start);
    m_browser->setTextCursor(c);
    m_browser->document()->pageCount(); // laid out, so that the place is known
    // The paragraph a quarter down the view, with what leads to it above.
    const QRect r = m_browser->cursorRect(c);
    QScrollBar *bar = m_browser->verticalScrollBar();
    bar->setValue(bar->value() + r.top() - m_browser->viewport()->height() / 4);
    return true;
}

void ExplanationPage::applyHighlight()
{
    QList<QTextEdit::ExtraSelection> selections;
    const auto [section, paragraph] = m_highlight;
    if (section >= 1 && section <= int(m_blocks.size()) && paragraph >= 0
        && paragraph < int(m_blocks[std::size_t(section - 1)].size())) {
        const auto [start, end] = m_blocks[std::size_t(section - 1)][std::size_t(paragraph)];
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_browser->document());
        sel.cursor.setPosition(start);
        sel.cursor.setPosition(end, QTextCursor::KeepAnchor);
        sel.format.setBackground(kHighlight);
        selections << sel;
    }
    m_browser->setExtraSelections(selections);
}

void ExplanationPage::activate(const QUrl &url)
{
    if (url.scheme() != kLinkScheme)
        return;
    bool ok = false;
    const int i = url.path().toInt(&ok);
    if (!ok || i < 0 || i >= int(m_links.size()))
        return;
    const Link link = m_links[std::size_t(i)]; // a copy: what it does may rebuild the view
    switch (link.kind) {
    case Link::Kind::Cell:
        emit gotoRequested(link.target);
        break;
    case Link::Kind::Text:
        editText(link.target);
        break;
    case Link::Kind::WriteByHand:
        writeByHand(link.section);
        break;
    case Link::Kind::Restore:
        restoreGenerated(link.section);
        break;
    case Link::Kind::EditSection:
        editSection(link.section);
        break;
    }
}

bool ExplanationPage::writeByHand(int section)
{
    if (m_session->isReadOnly() || section < 1 || section > 13)
        return false;
    const QString key = sectionTextKey(section);
    const auto &texts = m_session->document().data().texts;
    if (texts.find(key) == texts.end()) {
        QString text = generatedSection(m_session->document(), section).text().trimmed();
        if (text.isEmpty())
            text = generatedSection(m_session->document(), section).title;
        if (!m_session->apply({Edit::setText(key, text)}, tr("Write %1 by hand").arg(sectionName(section)), {kPage, {}}))
            return false;
    }
    editSection(section);
    return true;
}

bool ExplanationPage::restoreGenerated(int section)
{
    if (m_session->isReadOnly() || section < 1 || section > 13)
        return false;
    if (m_editedSection == section)
        closeSectionEditor();
    return m_session->apply({Edit::setText(sectionTextKey(section), QString())},
                            tr("Generate %1 from the tables again").arg(sectionName(section)), {kPage, {}});
}

void ExplanationPage::editSection(int section)
{
    if (section < 1 || section > 13)
        return;
    ensureCurrent();
    if (m_editedSection && m_editedSection != section)
        m_sectionEdit->commit();
    m_editedSection = section;
    m_sectionEdit->setKey(sectionTextKey(section), sectionName(section));
    m_sectionEdit->setReadOnly(m_session->isReadOnly());
    m_editorTitle->setText(QStringLiteral("<b>%1</b><br>%2")
                               .arg(generatedSection(m_session->document(), section).title.toHtmlEscaped(),
                                    tr("written by hand (%1)").arg(sectionTextKey(section))));
    if (m_editorPanel->isHidden()) {
        m_editorPanel->show();
        const int w = std::max(m_splitter->width(), 600);
        m_splitter->setSizes({w * 3 / 5, w * 2 / 5});
    }
    m_sectionEdit->moveCursor(QTextCursor::End);
    m_sectionEdit->setFocus();
}

void ExplanationPage::closeSectionEditor()
{
    if (!m_editedSection)
        return;
    m_sectionEdit->commit();
    m_editedSection = 0;
    m_sectionEdit->setKey(QString(), QString());
    m_editorPanel->hide();
}

int ExplanationPage::editedSection() const
{
    return m_editedSection;
}

void ExplanationPage::editText(const QString &key)
{
    if (m_session->isReadOnly())
        return;
    const auto &texts = m_session->document().data().texts;
    const auto it = texts.find(key);
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Typed text"),
                                                        tr("%1 (%2)\nPrinted in the 情况说明 as it is typed here; leave it empty "
                                                           "to print nothing.")
                                                            .arg(describeKey(key), key),
                                                        it == texts.end() ? QString() : it->second, &ok);
    if (ok)
        setText(key, text);
}

QString ExplanationPage::describeKey(const QString &key) const
{
    const QString change = QStringLiteral("reason/change/");
    const QString t05 = QStringLiteral("reason/t05/");
    const QString t09 = QStringLiteral("reason/t09/");
    if (key.startsWith(change))
        return tr("Why %1 changed from last year").arg(m_session->describe(key.mid(change.size())));
    if (key.startsWith(t05)) {
        const QString code = key.mid(t05.size());
        return tr("Why the 决算 of %1 differs from its 年初预算").arg(code + QLatin1Char(' ') + m_session->subjectName(code));
    }
    if (key.startsWith(t09))
        return tr("Why the “三公” 决算 of %1 differs from its 预算").arg(key.mid(t09.size()));
    if (key.startsWith(QStringLiteral("note/")))
        return tr("A note of %1").arg(key.section(QLatin1Char('/'), 1, 1) == QStringLiteral("三公") ? sectionName(9) : sectionName(12));
    if (key.startsWith(QStringLiteral("performance/")))
        return tr("A 绩效 text of %1").arg(sectionName(13));
    return tr("Typed text");
}

bool ExplanationPage::setText(const QString &key, const QString &text)
{
    if (m_session->isReadOnly())
        return false;
    return m_session->apply({Edit::setText(key, text.trimmed())}, tr("Edit %1").arg(key), {kPage, {}});
}

void ExplanationPage::showContextMenu(const QPoint &pos)
{
    const QPoint scroll(m_browser->horizontalScrollBar()->value(), m_browser->verticalScrollBar()->value());
    QMenu *menu = m_browser->createStandardContextMenu(pos + scroll);
    const int section = sectionAt(m_browser->cursorForPosition(pos).position());
    if (section >= 1 && !m_session->isReadOnly()) {
        menu->addSeparator();
        if (m_typed[std::size_t(section - 1)]) {
            menu->addAction(tr("Edit the text of %1").arg(sectionName(section)), this, [this, section] { editSection(section); });
            menu->addAction(tr("Restore the generated text of %1").arg(sectionName(section)), this,
                            [this, section] { restoreGenerated(section); });
        } else {
            menu->addAction(tr("Write %1 by hand").arg(sectionName(section)), this,
                            [this, section] { writeByHand(section); });
        }
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_browser->viewport()->mapToGlobal(pos));
}

bool ExplanationPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint scroll(m_browser->horizontalScrollBar()->value(), m_browser->verticalScrollBar()->value());
        QTextDocument *doc = m_browser->document();
        const int position = doc->documentLayout()->hitTest(help->pos() + scroll, Qt::ExactHit);
        QString tip;
        if (position >= 0) {
            const QTextBlock block = doc->findBlock(position);
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                if (f.contains(position)) {
                    tip = f.charFormat().property(kTipProperty).toString();
                    break;
                }
            }
        }
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, m_browser->viewport());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace fa::ui
