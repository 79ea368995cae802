#include "countspage.h"

#include "documentsession.h"
#include "textkeyedit.h"
#include "texts.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace fa::ui {

namespace {
const QString kPage = QStringLiteral("counts");
constexpr int kNotGiven = -1; // the spin box's lowest value, shown as “not given”

struct Group {
    QString title;
    QString prefix; // of its count keys
    QStringList texts;
};
// The ⊗ of a clear button with a disabled look that shows: the style greys a disabled icon, and
// this glyph is grey already, so a disabled button (a read-only document) looked as usable as
// an enabled one. Disabled, it is drawn faint.
QIcon clearIcon(const QIcon &icon, const QSize &size)
{
    QIcon out;
    for (const qreal ratio : {1.0, 2.0}) {
        const QPixmap normal = icon.pixmap(size, ratio);
        if (normal.isNull())
            continue;
        QPixmap faint(normal.size());
        faint.setDevicePixelRatio(normal.devicePixelRatio());
        faint.fill(Qt::transparent);
        QPainter painter(&faint);
        painter.setOpacity(0.3);
        painter.drawPixmap(0, 0, normal);
        painter.end();
        out.addPixmap(normal, QIcon::Normal);
        out.addPixmap(faint, QIcon::Disabled);
    }
    return out.isNull() ? icon : out;
}
} // namespace

QString CountsPage::countLabel(const QString &key)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("三公/出国团组"), QStringLiteral("因公出国（境）团组数（个）")},
        {QStringLiteral("三公/出国人次"), QStringLiteral("因公出国（境）人次")},
        {QStringLiteral("三公/购置车辆"), QStringLiteral("公务用车购置数（辆）")},
        {QStringLiteral("三公/车辆保有量"), QStringLiteral("公务用车保有量（辆）")},
        {QStringLiteral("三公/外宾接待团组"), QStringLiteral("外宾接待团组数（个）")},
        {QStringLiteral("三公/外宾接待人次"), QStringLiteral("外宾接待人次")},
        {QStringLiteral("三公/国内接待团组"), QStringLiteral("国内公务接待团组数（个）")},
        {QStringLiteral("三公/国内接待人次"), QStringLiteral("国内公务接待人次")},
        {QStringLiteral("国有资产/大型设备"), QStringLiteral("单价100万元（含）以上设备（台/套）")},
        {QStringLiteral("绩效/目标项目数"), QStringLiteral("设定绩效目标的项目数（个）")},
        {QStringLiteral("绩效/监控项目数"), QStringLiteral("开展绩效监控的项目数（个）")},
        {QStringLiteral("绩效/自评项目数"), QStringLiteral("开展绩效自评的项目数（个）")},
        {QStringLiteral("绩效/评价项目数"), QStringLiteral("部门评价的项目数（个）")},
        {QStringLiteral("绩效/评价问题数"), QStringLiteral("部门评价发现的问题数（个）")},
        {QStringLiteral("绩效/评价建议数"), QStringLiteral("部门评价提出的建议数（条）")},
        {QStringLiteral("绩效/优"), QStringLiteral("自评结果为“优”的项目数（个）")},
        {QStringLiteral("绩效/良"), QStringLiteral("自评结果为“良”的项目数（个）")},
        {QStringLiteral("绩效/中"), QStringLiteral("自评结果为“中”的项目数（个）")},
        {QStringLiteral("绩效/差"), QStringLiteral("自评结果为“差”的项目数（个）")},
    };
    if (labels.contains(key))
        return labels.value(key);
    if (key.startsWith(QStringLiteral("国有资产/")) && vehicleKinds().contains(key.section(QLatin1Char('/'), 1)))
        return key.section(QLatin1Char('/'), 1) + QStringLiteral("（辆）");
    return key.section(QLatin1Char('/'), 1);
}

CountsPage::CountsPage(DocumentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    const QString t09 = QStringLiteral("reason/t09/");
    const QList<Group> groups = {
        {QStringLiteral("九、“三公”经费"), QStringLiteral("三公/"),
         {t09 + QStringLiteral("合计"), t09 + QStringLiteral("因公出国（境）费"), t09 + QStringLiteral("公务用车购置及运行维护费小计"),
          t09 + QStringLiteral("公务接待费"), QStringLiteral("note/三公/公务用车运行维护"), QStringLiteral("note/三公/国内接待")}},
        {QStringLiteral("十二、国有资产占有使用情况"), QStringLiteral("国有资产/"), {QStringLiteral("note/国有资产/其他用车")}},
        {QStringLiteral("十三、预算绩效管理情况"), QStringLiteral("绩效/"),
         {QStringLiteral("performance/management"), QStringLiteral("performance/prior"), QStringLiteral("performance/projects"),
          QStringLiteral("performance/evaluation")}},
    };
    const QHash<QString, QString> textLabels = {
        {t09 + QStringLiteral("合计"), tr("Why the 决算 of %1 differs from its 预算").arg(QStringLiteral("“三公”经费合计"))},
        {t09 + QStringLiteral("因公出国（境）费"), tr("Why the 决算 of %1 differs from its 预算").arg(QStringLiteral("因公出国（境）费"))},
        {t09 + QStringLiteral("公务用车购置及运行维护费小计"),
         tr("Why the 决算 of %1 differs from its 预算").arg(QStringLiteral("公务用车购置及运行维护费"))},
        {t09 + QStringLiteral("公务接待费"), tr("Why the 决算 of %1 differs from its 预算").arg(QStringLiteral("公务接待费"))},
        {QStringLiteral("note/三公/公务用车运行维护"), tr("What the 公务用车运行维护费 paid for")},
        {QStringLiteral("note/三公/国内接待"), tr("What the 国内公务接待 was for")},
        {QStringLiteral("note/国有资产/其他用车"), tr("What the 其他用车 are")},
        {QStringLiteral("performance/management"), tr("绩效管理工作开展情况 (before the figures of §十三(一))")},
        {QStringLiteral("performance/prior"), tr("事前绩效评估 (§十三(一) 一是…)")},
        {QStringLiteral("performance/projects"), tr("The projects' self-evaluation, one paragraph per line (§十三(二))")},
        {QStringLiteral("performance/evaluation"), tr("部门评价结果 (§十三(三))")},
    };
    const QStringList multiLine = {QStringLiteral("performance/management"), QStringLiteral("performance/projects"),
                                   QStringLiteral("performance/evaluation")};

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    auto *help = new QLabel(tr("Counts and short texts the 情况说明 prints beside the amounts. A count shown as “not given” "
                               "is left out of the text (the clear button beside a count makes it not given); 0 is printed as 0. A text is "
                               "saved when you leave it or stop typing for a moment."),
                            content);
    help->setWordWrap(true);
    column->addWidget(help);
    if (session->isReadOnly()) {
        auto *ro = new QLabel(tr("The document is open read-only: nothing here can be changed."), content);
        ro->setStyleSheet(QStringLiteral("color: #8a1010"));
        column->addWidget(ro);
    }

    QStringList placed;
    auto addGroup = [&](const QString &title, const QStringList &counts, const QStringList &texts) {
        auto *box = new QGroupBox(title, content);
        auto *row = new QHBoxLayout(box);
        auto *countForm = new QFormLayout;
        countForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
        for (const QString &key : counts)
            addCount(countForm, key);
        row->addLayout(countForm);
        if (!texts.isEmpty()) {
            auto *textForm = new QFormLayout;
            textForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
            for (const QString &key : texts)
                addText(textForm, key, textLabels.value(key, key), multiLine.contains(key) ? 4 : 2);
            row->addSpacing(24);
            row->addLayout(textForm, 1);
        } else {
            row->addStretch(1);
        }
        column->addWidget(box);
    };
    for (const Group &g : groups) {
        QStringList counts;
        for (const QString &key : knownCountKeys()) {
            if (key.startsWith(g.prefix))
                counts << key;
        }
        placed << counts;
        addGroup(g.title, counts, g.texts);
    }
    // Count keys a later template adds, until they get a group of their own.
    QStringList others;
    for (const QString &key : knownCountKeys()) {
        if (!placed.contains(key))
            others << key;
    }
    if (!others.isEmpty())
        addGroup(tr("Other counts"), others, {});
    column->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    refresh();
    connect(session, &DocumentSession::changed, this, [this](const ChangeSet &c) {
        if (!c.counts.empty())
            refresh();
    });
}

void CountsPage::addCount(QFormLayout *form, const QString &key)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(key);
    spin->setRange(kNotGiven, int(kMaxCount));
    spin->setSpecialValueText(tr("not given"));
    spin->setGroupSeparatorShown(true);
    spin->setKeyboardTracking(false); // written on Enter, on leaving and on each step, not per key
    spin->setAlignment(Qt::AlignRight);
    spin->setMinimumWidth(150);
    spin->setToolTip(key);
    auto *clear = new QToolButton;
    clear->setIcon(clearIcon(clear->style()->standardIcon(QStyle::SP_LineEditClearButton), clear->iconSize()));
    clear->setAutoRaise(true);
    clear->setToolTip(tr("Not given: left out of the text"));
    clear->setEnabled(!m_session->isReadOnly());
    spin->setEnabled(!m_session->isReadOnly());
    auto *field = new QHBoxLayout;
    field->setSpacing(2);
    field->addWidget(spin);
    field->addWidget(clear);
    auto *label = new QLabel(countLabel(key));
    label->setBuddy(spin);
    // One width for every count label, so the spin boxes of all groups line up.
    int widest = 0;
    for (const QString &k : knownCountKeys())
        widest = std::max(widest, label->fontMetrics().horizontalAdvance(countLabel(k)));
    label->setMinimumWidth(widest + 8);
    form->addRow(label, field);
    m_spins.insert(key, spin);
    m_clears.insert(key, clear);
    spin->installEventFilter(this);
    connect(spin, &QSpinBox::valueChanged, this, [this, key](int v) {
        setCount(key, v == kNotGiven ? std::nullopt : std::optional<qint64>(v),
                 QStringLiteral("count:%1:%2").arg(m_visit).arg(key));
    });
    connect(clear, &QToolButton::clicked, this, [this, key] { setCount(key, std::nullopt); });
}

void CountsPage::addText(QFormLayout *form, const QString &key, const QString &label, int lines)
{
    auto *edit = new TextKeyEdit(m_session, key, label, {kPage, {}});
    edit->setObjectName(key);
    edit->setToolTip(key);
    const int line = edit->fontMetrics().lineSpacing();
    edit->setFixedHeight(line * lines + 2 * edit->frameWidth() + 8);
    form->addRow(label, edit);
    m_texts.insert(key, edit);
}

bool CountsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn)
        ++m_visit; // a new visit to a spin box: a new undo step
    return QWidget::eventFilter(watched, event);
}

bool CountsPage::setCount(const QString &key, std::optional<qint64> count, const QString &mergeKey)
{
    if (m_session->isReadOnly())
        return false;
    const bool ok = m_session->apply({Edit::setCount(key, count)}, tr("Change %1").arg(countLabel(key)), {kPage, {}}, mergeKey);
    if (!ok || !count)
        refresh(); // refused, or cleared: show what the document holds
    return ok;
}

void CountsPage::refresh()
{
    const auto &counts = m_session->document().data().counts;
    for (auto it = m_spins.begin(); it != m_spins.end(); ++it) {
        const auto c = counts.find(it.key());
        const int v = c == counts.end() ? kNotGiven : int(std::clamp<qint64>(c->second, 0, kMaxCount));
        if (it.value()->value() != v) {
            const QSignalBlocker block(it.value());
            it.value()->setValue(v);
        }
    }
}

} // namespace fa::ui
