#include "overviewpage.h"

#include "documentsession.h"
#include "textkeyedit.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fa::ui {

namespace {
const QString kDuties = QStringLiteral("overview/duties");
const QString kOrganisation = QStringLiteral("overview/organisation");
} // namespace

OverviewPage::OverviewPage(DocumentSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_dutiesLabel(new QLabel(this))
    , m_organisationLabel(new QLabel(this))
    , m_duties(new TextKeyEdit(session, kDuties, QString(), {QStringLiteral("overview"), {}}, this))
    , m_organisation(new TextKeyEdit(session, kOrganisation, QStringLiteral("机构设置"), {QStringLiteral("overview"), {}}, this))
{
    m_duties->setObjectName(QStringLiteral("duties"));
    m_organisation->setObjectName(QStringLiteral("organisation"));
    for (QLabel *l : {m_dutiesLabel, m_organisationLabel}) {
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    m_duties->setPlaceholderText(tr("The duties, one per line, e.g. “1. 负责……”"));
    m_organisation->setPlaceholderText(tr("The internal divisions and the units these accounts cover"));

    auto *help = new QLabel(tr("第一部分 概况, as printed before the tables. A field is saved when you leave it or stop "
                               "typing for a moment; each line is a paragraph."),
                            this);
    help->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_dutiesLabel);
    layout->addWidget(m_duties, 3);
    layout->addWidget(m_organisationLabel);
    layout->addWidget(m_organisation, 2);
    if (session->isReadOnly()) {
        auto *ro = new QLabel(tr("The document is open read-only: the texts cannot be changed."), this);
        ro->setStyleSheet(QStringLiteral("color: #8a1010"));
        layout->insertWidget(1, ro);
    }

    updateLabels();
    connect(session, &DocumentSession::changed, this, [this](const ChangeSet &c) {
        if (c.unitChanged)
            updateLabels();
    });
}

QString OverviewPage::dutiesLabel() const
{
    return m_session->document().data().unit.scope == QStringLiteral("单位") ? QStringLiteral("单位职责")
                                                                           : QStringLiteral("部门职责");
}

void OverviewPage::updateLabels()
{
    const QString duties = dutiesLabel();
    m_dutiesLabel->setText(QStringLiteral("一、") + duties);
    m_organisationLabel->setText(QStringLiteral("二、机构设置"));
    m_duties->setKey(kDuties, duties);
}

} // namespace fa::ui
