#include "mainwindow.h"

#include "addrowdialog.h"
#include "checkspanel.h"
#include "countspage.h"
#include "explanationpage.h"
#include "formview.h"
#include "evaluationpage.h"
#include "glossarypage.h"
#include "interchange.h"
#include "newdocumentdialog.h"
#include "overviewpage.h"
#include "sheetmodel.h"
#include "tablepage.h"
#include "textkeyedit.h"
#include "unitpage.h"
#include "printpreview.h"
#include "xlsxexport.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCommandLinkButton>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace fa::ui {

namespace {
constexpr int kMaxRecent = 8;

// A menu text as a toolbar button shows it: without "(&X)" (Chinese menus) or "&".
QString plainText(QString text)
{
    static const QRegularExpression accelerator(QStringLiteral("\\(&.\\)"));
    text.remove(accelerator);
    text.remove(QLatin1Char('&'));
    return text;
}
const QString kFileFilter = QStringLiteral("*.fadb");

QString fileFilter()
{
    return QCoreApplication::translate("MainWindow", "Final accounts documents (*.fadb)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_start(new QWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_checksDock(new QDockWidget(tr("Checks"), this))
    , m_undoDock(new QDockWidget(tr("Undo history"), this))
    , m_undoView(new QUndoView(this))
    , m_alertBar(new QFrame(this))
    , m_alert(new QLabel(m_alertBar))
    , m_counts(new QLabel(this))
    , m_mode(new QLabel(this))
    , m_find(new QLineEdit(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_tabs->setDocumentMode(true);
    // The tables go by their codes alone when their titles do not fit (see fitTabLabels); when
    // even those do not, the tabs scroll rather than shrink to a character and “…”.
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideNone);
    m_tabs->installEventFilter(this);

    // The start page: what a person can do without a document.
    {
        auto *layout = new QVBoxLayout(m_start);
        auto *title = new QLabel(tr("<h2>部门决算公开</h2><p>Final accounts disclosure editor</p>"), m_start);
        layout->addStretch(1);
        layout->addWidget(title, 0, Qt::AlignHCenter);
        auto add = [&](const QString &text, const QString &description, auto slot) {
            auto *b = new QCommandLinkButton(text, description, m_start);
            b->setFixedWidth(560);
            connect(b, &QCommandLinkButton::clicked, this, slot);
            layout->addWidget(b, 0, Qt::AlignHCenter);
        };
        add(tr("New document…"), tr("Start the final accounts of a unit or department"), [this] { newDocument(); });
        add(tr("Open…"), tr("Open a document to edit it"), [this] { open(false); });
        add(tr("Open read-only…"), tr("Review a colleague's document without changing it"), [this] { open(true); });
        add(QStringLiteral("南阳市政务大数据中心 2024"), tr("Sample: a unit's published final accounts"),
            [this] { openSample(QStringLiteral("nanyang-bigdata-2024")); });
        add(QStringLiteral("中共南阳市委网络安全和信息化委员会办公室 2024"), tr("Sample: a department's published final accounts"),
            [this] { openSample(QStringLiteral("nanyang-cac-2024")); });
        layout->addStretch(2);
    }

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_start);
    m_stack->addWidget(m_tabs);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);
    // A refused change or a file that cannot be read: a bar over the top of the page (not in the
    // layout, so the page does not move when it comes and goes), until it is closed, the next
    // change is made or another page is shown. See placeAlert().
    m_alertBar->setParent(central);
    m_alertBar->setObjectName(QStringLiteral("alertBar"));
    m_alertBar->setAutoFillBackground(true);
    m_alertBar->setStyleSheet(QStringLiteral("QFrame#alertBar { background: #fde8e8; border: 1px solid #e4a0a0; }"
                                             " QLabel#alert { color: #8a1010; }"));
    m_alert->setObjectName(QStringLiteral("alert"));
    m_alert->setWordWrap(true);
    m_alert->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QToolButton(m_alertBar);
    dismiss->setObjectName(QStringLiteral("alertClose"));
    dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    dismiss->setAutoRaise(true);
    dismiss->setToolTip(tr("Dismiss this message"));
    connect(dismiss, &QToolButton::clicked, this, &MainWindow::hideAlert);
    auto *alertLayout = new QHBoxLayout(m_alertBar);
    alertLayout->setContentsMargins(8, 4, 4, 4);
    alertLayout->addWidget(m_alert, 1);
    alertLayout->addWidget(dismiss, 0, Qt::AlignTop);
    m_alertBar->hide();

    m_checksDock->setObjectName(QStringLiteral("checksDock"));
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    m_undoDock->setWidget(m_undoView);
    m_undoView->setEmptyLabel(tr("<opened>"));
    addDockWidget(Qt::BottomDockWidgetArea, m_checksDock);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();

    m_find->setPlaceholderText(tr("Find a subject, name or cell (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(320);
    connect(m_find, &QLineEdit::returnPressed, this, &MainWindow::findNext);

    statusBar()->addPermanentWidget(m_mode);
    statusBar()->addPermanentWidget(m_counts);

    createActions();
    createMenus();
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        hideAlert(); // it was about the page left
        updateActions();
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (settings.value(QStringLiteral("view/unit")).toString() == QStringLiteral("yuan"))
        m_actions[QStringLiteral("unitYuan")]->setChecked(true);
    if (!settings.contains(QStringLiteral("window/geometry"))) {
        resize(1280, 860);
        m_sizeDocks = true;
    }
    m_stack->setCurrentWidget(m_start);
    m_checksDock->hide();
    updateActions();
    updateTitle();
    // Ctrl+Z and Ctrl+Y in the pages' text fields are the document's undo and redo (see documentUndoKey).
    qApp->installEventFilter(this);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    // Views, models and the session go while the window's own members (the actions the undo
    // stack's signals update) are still alive.
    closeDocument();
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions.value(name);
}

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setIconText(plainText(text));
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(name, a);
        addAction(a);
        return a;
    };
    make(QStringLiteral("new"), tr("&New…"), QKeySequence::New, [this] { newDocument(); });
    make(QStringLiteral("open"), tr("&Open…"), QKeySequence::Open, [this] { open(false); });
    make(QStringLiteral("openReadOnly"), tr("Open Rea&d-Only…"), QKeySequence(QStringLiteral("Ctrl+Shift+O")), [this] { open(true); });
    make(QStringLiteral("saveAs"), tr("Save &As…"), QKeySequence::SaveAs, [this] { saveAs(); });
    make(QStringLiteral("importJson"), tr("&Import JSON…"), {}, [this] { importJson(); });
    make(QStringLiteral("exportJson"), tr("&Export JSON…"), {}, [this] { exportJson(); });
    make(QStringLiteral("exportXlsx"), tr("Export E&xcel…"), QKeySequence(QStringLiteral("Ctrl+E")), [this] { exportXlsx(); });
    make(QStringLiteral("printPreview"), tr("Print Pre&view…"), QKeySequence(QStringLiteral("Ctrl+Shift+P")), [this] { printPreview(); });
    make(QStringLiteral("print"), tr("&Print…"), QKeySequence::Print, [this] { printDocument(); });
    make(QStringLiteral("exportPdf"), tr("Export P&DF…"), QKeySequence(QStringLiteral("Ctrl+Shift+E")), [this] { exportPdf(); });
    make(QStringLiteral("exportOdt"), tr("Export &ODT (editable)…"), {}, [this] { exportOdt(); });
    make(QStringLiteral("close"), tr("&Close"), QKeySequence::Close, [this] { closeDocument(); });
    make(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    make(QStringLiteral("undo"), tr("&Undo"), QKeySequence::Undo, [this] { undoStep(); });
    make(QStringLiteral("redo"), tr("&Redo"), QKeySequence(QStringLiteral("Ctrl+Y")), [this] { redoStep(); });
    {
        // Ctrl+Y and Ctrl+Shift+Z everywhere, and the platform's own (one of them, on most): each once,
        // a key given twice would be an ambiguous shortcut.
        QList<QKeySequence> keys = {QKeySequence(QStringLiteral("Ctrl+Y")), QKeySequence(QStringLiteral("Ctrl+Shift+Z"))};
        for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo)) {
            if (!keys.contains(k))
                keys << k;
        }
        m_actions[QStringLiteral("redo")]->setShortcuts(keys);
    }
    make(QStringLiteral("copy"), tr("&Copy"), QKeySequence::Copy, [this] {
        if (auto *p = currentTablePage())
            p->view()->copySelection();
    });
    make(QStringLiteral("paste"), tr("&Paste"), QKeySequence::Paste, [this] {
        if (auto *p = currentTablePage())
            p->view()->paste();
    });
    make(QStringLiteral("clear"), tr("C&lear cells"), {}, [this] {
        if (auto *p = currentTablePage())
            p->view()->clearSelectedCells();
    });
    make(QStringLiteral("find"), tr("&Find…"), QKeySequence::Find, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    make(QStringLiteral("tracePrecedents"), tr("&Trace precedents"), QKeySequence(QStringLiteral("Ctrl+[")), [this] { tracePrecedents(); });
    make(QStringLiteral("traceDependents"), tr("Trace &dependents"), QKeySequence(QStringLiteral("Ctrl+]")), [this] { traceDependents(); });
    make(QStringLiteral("addRow"), tr("&Add a 项…"), QKeySequence(QStringLiteral("Ctrl+Shift+=")), [this] { addRow({}); });
    m_actions[QStringLiteral("addRow")]->setShortcuts({QKeySequence(QStringLiteral("Ctrl+Shift+=")), QKeySequence(QStringLiteral("Ctrl++"))});
    make(QStringLiteral("removeRow"), tr("Re&move this 项"), QKeySequence(QStringLiteral("Ctrl+-")), [this] { removeCurrentRow(); });
    make(QStringLiteral("reason"), tr("Write a rea&son…"), QKeySequence(QStringLiteral("Ctrl+Shift+R")), [this] {
        auto *p = currentTablePage();
        if (!p)
            return;
        const QModelIndex cur = p->view()->currentIndex();
        const QString code = p->model()->itemCodeAt(p->model()->slotAt(cur.row(), cur.column()).tableRow);
        if (p->tableId() == QStringLiteral("t05") && !code.isEmpty())
            editReason(QStringLiteral("reason/t05/") + code, p->model()->addressAt(cur));
        else if (!p->model()->addressAt(cur).isEmpty())
            editReason(QStringLiteral("reason/change/") + p->model()->addressAt(cur), p->model()->addressAt(cur));
    });

    auto *unitGroup = new QActionGroup(this);
    auto *wan = make(QStringLiteral("unitWanyuan"), tr("Amounts in 万元"), QKeySequence(QStringLiteral("Ctrl+Shift+W")), [this] {
        if (m_session)
            m_session->setShownUnit(AmountUnit::Wanyuan);
        QSettings().setValue(QStringLiteral("view/unit"), QStringLiteral("wanyuan"));
    });
    auto *yuan = make(QStringLiteral("unitYuan"), tr("Amounts in 元"), QKeySequence(QStringLiteral("Ctrl+Shift+Y")), [this] {
        if (m_session)
            m_session->setShownUnit(AmountUnit::Yuan);
        QSettings().setValue(QStringLiteral("view/unit"), QStringLiteral("yuan"));
    });
    for (QAction *a : {wan, yuan}) {
        a->setCheckable(true);
        unitGroup->addAction(a);
    }
    wan->setChecked(true);
    auto *unprinted = make(QStringLiteral("showUnprinted"), tr("Show &unprinted columns (上年, 年初预算)"),
                           QKeySequence(QStringLiteral("Ctrl+Shift+U")), [this](bool on) {
                               for (int i = 0; i < m_tabs->count(); ++i) {
                                   if (auto *p = qobject_cast<TablePage *>(m_tabs->widget(i)))
                                       p->model()->setShowUnprinted(on);
                               }
                           });
    unprinted->setCheckable(true);
    make(QStringLiteral("nextTable"), tr("&Next table"), QKeySequence(QStringLiteral("Ctrl+PgDown")), [this] { switchTable(1); });
    make(QStringLiteral("previousTable"), tr("P&revious table"), QKeySequence(QStringLiteral("Ctrl+PgUp")), [this] { switchTable(-1); });

    auto *langGroup = new QActionGroup(this);
    const QString lang = QSettings().value(QStringLiteral("view/language"), QStringLiteral("zh_CN")).toString();
    for (const auto &[name, text] : {std::pair{QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        auto *a = make(QStringLiteral("lang_") + name, text, {}, [this, name = name] {
            QSettings().setValue(QStringLiteral("view/language"), name);
            showMessage(tr("The language changes the next time the editor starts."));
        });
        a->setCheckable(true);
        a->setChecked(lang == name);
        langGroup->addAction(a);
    }
    make(QStringLiteral("about"), tr("&About"), {}, [this] {
        QMessageBox::about(this, tr("About"),
                           tr("<h3>部门决算公开 %1</h3><p>An editor for the annual departmental final accounts "
                              "disclosure: the nine tables, computed and checked as you type.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    auto a = [this](const char *name) { return m_actions.value(QString::fromLatin1(name)); };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(a("new"));
    file->addAction(a("open"));
    file->addAction(a("openReadOnly"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(a("saveAs"));
    file->addAction(a("importJson"));
    file->addAction(a("exportJson"));
    file->addAction(a("exportXlsx"));
    file->addAction(a("exportPdf"));
    file->addAction(a("exportOdt"));
    file->addSeparator();
    file->addAction(a("printPreview"));
    file->addAction(a("print"));
    file->addSeparator();
    file->addAction(a("close"));
    file->addAction(a("quit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a("undo"));
    edit->addAction(a("redo"));
    edit->addSeparator();
    edit->addAction(a("copy"));
    edit->addAction(a("paste"));
    edit->addAction(a("clear"));
    edit->addSeparator();
    edit->addAction(a("find"));
    edit->addAction(a("tracePrecedents"));
    edit->addAction(a("traceDependents"));
    edit->addSeparator();
    edit->addAction(a("addRow"));
    edit->addAction(a("removeRow"));
    edit->addAction(a("reason"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(a("unitWanyuan"));
    view->addAction(a("unitYuan"));
    view->addSeparator();
    view->addAction(a("showUnprinted"));
    view->addSeparator();
    view->addAction(a("nextTable"));
    view->addAction(a("previousTable"));
    view->addSeparator();
    QAction *checks = m_checksDock->toggleViewAction();
    checks->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+K")));
    view->addAction(checks);
    view->addAction(m_undoDock->toggleViewAction());
    QMenu *lang = view->addMenu(tr("&Language"));
    lang->addAction(a("lang_zh_CN"));
    lang->addAction(a("lang_en"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a("about"));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->addAction(a("open"));
    bar->addAction(a("undo"));
    bar->addAction(a("redo"));
    bar->addSeparator();
    bar->addAction(a("unitWanyuan"));
    bar->addAction(a("unitYuan"));
    bar->addAction(a("showUnprinted"));
    bar->addSeparator();
    bar->addAction(a("addRow"));
    bar->addWidget(m_find);
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("files/recent")).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("files/recent")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("files/recent"), recent);
    settings.setValue(QStringLiteral("files/last"), absolute);
    rebuildRecentMenu();
}

bool MainWindow::openFile(const QString &path, bool readOnly)
{
    auto session = DocumentSession::open(path, readOnly);
    if (!session) {
        showAlert(tr("“%1” could not be opened: %2").arg(QDir::toNativeSeparators(path), session.error().message));
        return false;
    }
    installSession(std::move(session.value()));
    addRecent(path);
    if (!m_session->notice().isEmpty())
        showAlert(m_session->notice());
    return true;
}

void MainWindow::installSession(std::unique_ptr<DocumentSession> session)
{
    closeDocument();
    m_session = std::move(session);
    DocumentSession *s = m_session.get();
    m_session->setShownUnit(m_actions[QStringLiteral("unitYuan")]->isChecked() ? AmountUnit::Yuan : AmountUnit::Wanyuan);

    m_unitPage = new UnitPage(s, m_tabs);
    const auto &sheets = s->engine().sheets();
    const bool unprinted = m_actions[QStringLiteral("showUnprinted")]->isChecked();
    // The published tables in their order, then the unpublished ones (补充数据).
    std::vector<int> order;
    for (int i = 0; i < int(sheets.size()); ++i) {
        if (sheets[i].decl->published)
            order.push_back(i);
    }
    for (int i = 0; i < int(sheets.size()); ++i) {
        if (!sheets[i].decl->published)
            order.push_back(i);
    }
    for (int i : order) {
        auto *page = new TablePage(s, i, m_tabs);
        page->model()->setShowUnprinted(unprinted);
        // "公开01表" → "01表 收入支出决算总表"; an unpublished table by its code alone ("补充数据").
        const TableDecl &decl = *sheets[i].decl;
        const QString brief = decl.published ? decl.code.mid(2) : decl.code;
        const QString full = decl.published ? brief + QLatin1Char(' ') + decl.title : brief;
        const int index = m_tabs->addTab(page, full);
        m_tabs->tabBar()->setTabData(index, QStringList{full, brief}); // see fitTabLabels()
        m_tabs->setTabToolTip(index, decl.code + QLatin1Char(' ') + decl.title);
        connect(page->view(), &FormView::message, this, &MainWindow::showMessage);
        // A table starts with its first amount cell current, not a code hidden under the frozen columns.
        for (int c = 0; c < page->model()->columnCount(); ++c) {
            if (page->model()->gridColumn(c).role == GridColumnDecl::Role::Amount && page->model()->rowCount() > 0) {
                page->view()->selectionModel()->setCurrentIndex(page->model()->index(0, c), QItemSelectionModel::ClearAndSelect);
                break;
            }
        }
        page->view()->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(page->view(), &QWidget::customContextMenuRequested, this,
                [this, page](const QPoint &pos) { showCellMenu(page, pos); });
        connect(page->view()->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, page](const QModelIndex &cur) {
            // Always replaced (a code or name cell has its row, a blank none): never the last cell's.
            statusBar()->showMessage(page->model()->locationAt(cur), 4000);
            updateActions();
        });
    }
    addTextPages(s);
    m_tabs->addTab(m_unitPage, tr("Unit information"));
    fitTabLabels();

    m_checks = new ChecksPanel(s, m_checksDock);
    m_checksDock->setWidget(m_checks);
    connect(m_checks, &ChecksPanel::jumpRequested, this, &MainWindow::gotoAddress);
    connect(m_checks, &ChecksPanel::reasonRequested, this, &MainWindow::editReason);
    connect(m_checks, &ChecksPanel::textJumpRequested, this, &MainWindow::showTextFinding);
    connect(m_checks, &ChecksPanel::evaluationJumpRequested, this, [this](int evaluation, int indicator) { showEvaluation(evaluation, indicator); });
    connect(s, &DocumentSession::textFindingsChanged, this, [this] { updateCounts(); });
    connect(s, &DocumentSession::evaluationFindingsChanged, this, [this] { updateCounts(); });
    m_undoView->setStack(s->undoStack());

    connect(s, &DocumentSession::changed, this, [this] {
        hideAlert(); // a change went through: what was refused before is past
        updateCounts();
    });
    connect(s, &DocumentSession::failed, this, &MainWindow::showAlert);
    connect(s, &DocumentSession::locationRequested, this, [this](const Location &where) {
        // The cell, when it is still there (undoing an added row takes it away): else its table.
        if (!where.address.isEmpty() && m_session->engine().find(where.address) != kNoCell)
            gotoAddress(where.address);
        else if (TablePage *page = tablePage(where.table))
            m_tabs->setCurrentWidget(page);
        else if (QWidget *page = pageNamed(where.table))
            m_tabs->setCurrentWidget(page);
        else
            m_tabs->setCurrentWidget(m_unitPage);
    });
    connect(s->undoStack(), &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
    connect(s->undoStack(), &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
    connect(s->undoStack(), &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
    connect(s->undoStack(), &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);
    connect(s, &DocumentSession::changed, this, [this](const ChangeSet &c) {
        if (c.unitChanged)
            updateTitle();
    });

    m_stack->setCurrentWidget(m_tabs);
    m_checksDock->show();
    if (m_sizeDocks) { // first start: the tables get the room, the checks a strip below
        m_sizeDocks = false;
        resizeDocks({m_checksDock}, {170}, Qt::Vertical);
    }
    m_tabs->setCurrentIndex(0);
    if (auto *p = currentTablePage())
        p->view()->setFocus();
    hideAlert();
    updateCounts();
    updateActions();
    updateTitle();
}

void MainWindow::closeDocument()
{
    if (!m_session)
        return;
    m_undoView->setStack(nullptr);
    commitTextEdits();
    disconnect(m_session->undoStack(), nullptr, this, nullptr);
    disconnect(m_session.get(), nullptr, this, nullptr);
    while (m_tabs->count()) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
    m_unitPage = nullptr;
    m_overviewPage = nullptr;
    m_explanationPage = nullptr;
    m_glossaryPage = nullptr;
    m_countsPage = nullptr;
    m_evaluationPage = nullptr;
    m_checksDock->setWidget(nullptr);
    delete m_checks;
    m_checks = nullptr;
    m_session.reset();
    hideAlert();
    m_stack->setCurrentWidget(m_start);
    m_checksDock->hide();
    updateCounts();
    updateActions();
    updateTitle();
}

TablePage *MainWindow::tablePage(const QString &tableId) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *p = qobject_cast<TablePage *>(m_tabs->widget(i));
        if (p && p->tableId() == tableId)
            return p;
    }
    return nullptr;
}

void MainWindow::addTextPages(DocumentSession *s)
{
    m_countsPage = new CountsPage(s, m_tabs);
    m_tabs->setTabToolTip(m_tabs->addTab(m_countsPage, tr("Counts and notes")),
                          tr("Counts and short texts of the 情况说明: “三公” 团组 and 人次, vehicles, equipment, 绩效"));
    m_overviewPage = new OverviewPage(s, m_tabs);
    m_tabs->setTabToolTip(m_tabs->addTab(m_overviewPage, QStringLiteral("概况")), tr("Part 1: duties and organisation"));
    m_explanationPage = new ExplanationPage(s, m_tabs);
    m_tabs->setTabToolTip(m_tabs->addTab(m_explanationPage, QStringLiteral("情况说明")),
                          tr("Part 3: the 13 sections as they will be printed"));
    connect(m_explanationPage, &ExplanationPage::gotoRequested, this, &MainWindow::gotoAddress);
    m_glossaryPage = new GlossaryPage(s, m_tabs);
    m_tabs->setTabToolTip(m_tabs->addTab(m_glossaryPage, QStringLiteral("名词解释")), tr("Part 4: the glossary"));
    m_evaluationPage = new EvaluationPage(s, m_tabs);
    m_tabs->setTabToolTip(m_tabs->addTab(m_evaluationPage, QStringLiteral("绩效自评")),
                          tr("Part 5 (附件): the 绩效自评 tables, typed scores beside what the rules give"));
    connect(m_evaluationPage, &EvaluationPage::message, this, &MainWindow::showMessage);
}

void MainWindow::fitTabLabels()
{
    QTabBar *bar = m_tabs->tabBar();
    const QFontMetrics fm(bar->font());
    const int padding = 2 * bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar) + 8;
    // A table's tab data: its full label ("01表 收入支出决算总表") and its code alone ("01表").
    int width = 0;
    for (int i = 0; i < bar->count(); ++i) {
        const QStringList labels = bar->tabData(i).toStringList();
        width += fm.horizontalAdvance(labels.isEmpty() ? bar->tabText(i) : labels.front()) + padding;
    }
    const bool fits = width <= m_tabs->width();
    for (int i = 0; i < bar->count(); ++i) {
        const QStringList labels = bar->tabData(i).toStringList();
        if (labels.size() != 2)
            continue;
        const QString label = fits ? labels[0] : labels[1];
        if (bar->tabText(i) != label)
            bar->setTabText(i, label);
    }
}

int MainWindow::documentUndoKey(QObject *watched, QKeyEvent *event) const
{
    if (!m_session)
        return 0;
    int step = 0;
    if (event->matches(QKeySequence::Undo))
        step = -1;
    else if (event->matches(QKeySequence::Redo) || event->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_Y)
             || event->keyCombination() == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z))
        step = 1;
    if (step == 0)
        return 0;
    // The text fields of the pages write through to the document's history: their own undo would
    // take the key (QLineEdit, QPlainTextEdit and the spin boxes all claim it) and undo nothing.
    // A cell being typed into in a table keeps its own undo, as in Excel.
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != this || !m_tabs->isAncestorOf(widget))
        return 0;
    for (QWidget *w = widget; w && w != m_tabs; w = w->parentWidget()) {
        if (qobject_cast<TablePage *>(w))
            return 0;
    }
    return step;
}

void MainWindow::undoStep()
{
    if (!m_session || m_session->isReadOnly())
        return;
    commitTextEdits(); // what was just typed is the step undone
    m_session->undoStack()->undo();
}

void MainWindow::redoStep()
{
    if (!m_session || m_session->isReadOnly())
        return;
    commitTextEdits();
    m_session->undoStack()->redo();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        if (const int step = documentUndoKey(watched, static_cast<QKeyEvent *>(event))) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept(); // no shortcut: the key press comes here, whether the action is enabled or not
                return true;
            }
            step < 0 ? undoStep() : redoStep();
            return true;
        }
    }
    if (watched == m_tabs && event->type() == QEvent::Resize && m_session)
        fitTabLabels();
    if (event->type() == QEvent::Resize && (watched == centralWidget() || watched == m_tabs))
        placeAlert();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::commitTextEdits()
{
    // A count or year typed and not confirmed with Enter, a unit field not left yet.
    QWidget *focus = QApplication::focusWidget();
    if (focus && m_tabs->isAncestorOf(focus)) {
        for (QWidget *w = focus; w && w != m_tabs; w = w->parentWidget()) {
            if (auto *spin = qobject_cast<QAbstractSpinBox *>(w)) {
                spin->interpretText();
                break;
            }
        }
        if (m_unitPage && m_unitPage->isAncestorOf(focus))
            m_unitPage->commit();
    }
    for (TextKeyEdit *edit : m_tabs->findChildren<TextKeyEdit *>()) {
        if (edit->isPending())
            edit->commit();
    }
    if (m_evaluationPage)
        m_evaluationPage->commitPending();
}

QWidget *MainWindow::pageNamed(const QString &name) const
{
    static const QStringList names = {QStringLiteral("overview"), QStringLiteral("explanation"), QStringLiteral("glossary"),
                                      QStringLiteral("counts"), QStringLiteral("unit"), QStringLiteral("performance")};
    const QList<QWidget *> pages = {m_overviewPage, m_explanationPage, m_glossaryPage, m_countsPage, m_unitPage, m_evaluationPage};
    const int i = int(names.indexOf(name));
    return i >= 0 ? pages[i] : nullptr;
}

bool MainWindow::showTextFinding(int section, int paragraph, const QString &key)
{
    if (!m_session)
        return false;
    if (section > 0) {
        showPage(QStringLiteral("explanation"));
        return m_explanationPage->showParagraph(section, paragraph);
    }
    if (key.startsWith(QStringLiteral("overview/")))
        return showPage(QStringLiteral("overview"));
    if (key.startsWith(QStringLiteral("glossary/")))
        return showPage(QStringLiteral("glossary"));
    return showPage(QStringLiteral("counts")); // the notes and 绩效 texts are edited there
}

bool MainWindow::showEvaluation(int evaluation, int indicator)
{
    if (!m_session || !m_evaluationPage || evaluation < 0 || evaluation >= m_evaluationPage->evaluationCount())
        return false;
    showPage(QStringLiteral("performance"));
    return m_evaluationPage->showEvaluation(evaluation, indicator);
}

bool MainWindow::showPage(const QString &name)
{
    if (!m_session)
        return false;
    QWidget *page = pageNamed(name);
    if (!page)
        page = tablePage(name);
    for (int i = 0; !page && i < m_tabs->count(); ++i) {
        if (m_tabs->tabText(i) == name || m_tabs->tabText(i).startsWith(name + QLatin1Char(' ')))
            page = m_tabs->widget(i);
    }
    if (!page)
        return false;
    m_tabs->setCurrentWidget(page);
    return true;
}

TablePage *MainWindow::currentTablePage() const
{
    return qobject_cast<TablePage *>(m_tabs->currentWidget());
}

bool MainWindow::gotoAddress(const QString &address)
{
    if (!m_session)
        return false;
    const CellId id = m_session->engine().find(address.trimmed());
    if (id == kNoCell) {
        showMessage(tr("There is no cell “%1” in this document.").arg(address));
        return false;
    }
    const Sheet &sheet = m_session->engine().sheets()[m_session->engine().meta(id).sheet];
    TablePage *page = tablePage(sheet.decl->id);
    if (!page)
        return false;
    QModelIndex index = page->model()->indexOfCell(id);
    if (!index.isValid() && !sheet.decl->columns[m_session->engine().meta(id).column].printed) {
        m_actions[QStringLiteral("showUnprinted")]->setChecked(true);
        m_actions[QStringLiteral("showUnprinted")]->triggered(true);
        index = page->model()->indexOfCell(id);
    }
    if (!index.isValid())
        return false;
    m_tabs->setCurrentWidget(page);
    page->view()->setFocus();
    page->view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    page->view()->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void MainWindow::updateActions()
{
    const bool doc = m_session != nullptr;
    const bool writable = doc && !m_session->isReadOnly();
    TablePage *page = currentTablePage();
    for (const char *name : {"saveAs", "exportJson", "exportXlsx", "exportPdf", "exportOdt", "printPreview", "print", "close", "copy", "find", "tracePrecedents", "traceDependents",
                             "nextTable", "previousTable", "showUnprinted"})
        m_actions[QString::fromLatin1(name)]->setEnabled(doc);
    for (const char *name : {"paste", "clear"})
        m_actions[QString::fromLatin1(name)]->setEnabled(writable && page);
    const bool subjects = page && page->model()->sheet().hasSubjectRows();
    m_actions[QStringLiteral("addRow")]->setEnabled(writable && subjects);
    bool onItem = false;
    if (page && subjects) {
        const QModelIndex cur = page->view()->currentIndex();
        onItem = cur.isValid() && !page->model()->itemCodeAt(cur.row()).isEmpty();
    }
    m_actions[QStringLiteral("removeRow")]->setEnabled(writable && onItem);
    m_actions[QStringLiteral("reason")]->setEnabled(writable && page);
    QAction *undo = m_actions[QStringLiteral("undo")];
    QAction *redo = m_actions[QStringLiteral("redo")];
    undo->setEnabled(writable && m_session->undoStack()->canUndo());
    redo->setEnabled(writable && m_session->undoStack()->canRedo());
    undo->setText(writable && m_session->undoStack()->canUndo() ? tr("&Undo %1").arg(m_session->undoStack()->undoText())
                                                                 : tr("&Undo"));
    redo->setText(writable && m_session->undoStack()->canRedo() ? tr("&Redo %1").arg(m_session->undoStack()->redoText())
                                                                 : tr("&Redo"));
    undo->setIconText(plainText(tr("&Undo")));
    redo->setIconText(plainText(tr("&Redo")));
    m_find->setEnabled(doc);
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(tr("部门决算公开"));
        m_mode->clear();
        return;
    }
    const UnitInfo &u = m_session->document().data().unit;
    QString title = tr("%1 %2年度 — %3").arg(u.name).arg(u.year).arg(QFileInfo(m_session->path()).fileName());
    if (m_session->isReadOnly())
        title += tr(" [read-only]");
    // The program's name last, once: Qt appends the display name itself to a title that does not
    // end with it already, so a title ending in [只读] got it twice.
    const QString program = QGuiApplication::applicationDisplayName();
    if (!program.isEmpty())
        title += QStringLiteral(" — ") + program;
    setWindowTitle(title);
    m_mode->setText(m_session->isReadOnly() ? tr("Read-only") : tr("Every change is saved as you type"));
}

void MainWindow::updateCounts()
{
    if (!m_session) {
        m_counts->clear();
        return;
    }
    const DocumentSession &c = *m_session;
    const int errors = c.count(Severity::Error);
    const int rounding = c.count(Severity::Rounding) + c.evaluationCount(Severity::Rounding);
    // The texts' findings are warnings; the 绩效自评 tables' are warnings or 尾差.
    const int warnings = c.count(Severity::Warning) + int(c.textFindings().size()) + c.evaluationCount(Severity::Warning);
    m_counts->setText(tr("Errors %1 · Warnings %2 · 尾差 %3").arg(errors).arg(warnings).arg(rounding));
    const QString style = errors ? QStringLiteral("color: #b00020; font-weight: bold") : QString();
    if (m_counts->styleSheet() != style) // a style sheet set again restyles and lays the bar out again
        m_counts->setStyleSheet(style);
    m_checksDock->setWindowTitle(tr("Checks: %1 errors, %2 warnings, %3 尾差").arg(errors).arg(warnings).arg(rounding));
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 10000);
}

void MainWindow::showAlert(const QString &text)
{
    m_alert->setText(text);
    m_alertBar->show();
    placeAlert();
    showMessage(text);
}

void MainWindow::hideAlert()
{
    m_alertBar->hide();
}

void MainWindow::placeAlert()
{
    if (m_alertBar->isHidden())
        return;
    QWidget *area = centralWidget();
    // Below the tabs (they stay in reach), over the top of the page.
    int top = 0;
    if (m_stack->currentWidget() == m_tabs && m_tabs->tabBar()->isVisible())
        top = m_tabs->tabBar()->mapTo(area, QPoint(0, m_tabs->tabBar()->height())).y();
    constexpr int margin = 8;
    const int width = std::max(0, area->width() - 2 * margin);
    const int height = m_alertBar->hasHeightForWidth() ? m_alertBar->heightForWidth(width) : m_alertBar->sizeHint().height();
    m_alertBar->setGeometry(margin, top, width, height);
    m_alertBar->raise();
}

QString MainWindow::alertText() const
{
    return m_alertBar->isHidden() ? QString() : m_alert->text(); // hidden, not invisible: the window may not be shown
}

QString MainWindow::statusText() const
{
    return statusBar()->currentMessage();
}

void MainWindow::switchTable(int delta)
{
    if (!m_session || m_tabs->count() == 0)
        return;
    m_tabs->setCurrentIndex((m_tabs->currentIndex() + delta + m_tabs->count()) % m_tabs->count());
    if (auto *p = currentTablePage())
        p->view()->setFocus();
}

void MainWindow::tracePrecedents()
{
    trace(true);
}

void MainWindow::traceDependents()
{
    trace(false);
}

void MainWindow::trace(bool precedents)
{
    TablePage *page = currentTablePage();
    if (!m_session || !page)
        return;
    const Engine &e = m_session->engine();
    const QModelIndex cur = page->view()->currentIndex();
    const CellId id = page->model()->slotAt(cur.row(), cur.column()).cell;
    if (id == kNoCell) {
        showMessage(tr("Choose an amount cell first."));
        return;
    }
    std::vector<CellId> cells;
    if (precedents && !e.isEntered(id)) {
        for (const auto &t : e.formula(id))
            cells.push_back(t.cell);
    } else {
        cells = e.dependents(id);
    }
    if (cells.empty()) {
        showMessage(e.isEntered(id) ? tr("No cell depends on %1.").arg(e.address(id))
                                    : tr("%1 adds up nothing.").arg(e.address(id)));
        return;
    }
    // Prefer the current table; otherwise go to the table of the first cell.
    int sheet = e.meta(cells.front()).sheet;
    for (CellId c : cells) {
        if (e.meta(c).sheet == page->model()->sheetIndex()) {
            sheet = page->model()->sheetIndex();
            break;
        }
    }
    TablePage *target = tablePage(e.sheets()[sheet].decl->id);
    QModelIndexList indexes;
    QStringList elsewhere;
    for (CellId c : cells) {
        if (e.meta(c).sheet == sheet) {
            const QModelIndex i = target->model()->indexOfCell(c);
            if (i.isValid())
                indexes << i;
        } else {
            const QString code = e.sheets()[e.meta(c).sheet].decl->code;
            if (!elsewhere.contains(code))
                elsewhere << code;
        }
    }
    m_tabs->setCurrentWidget(target);
    target->view()->setFocus();
    target->view()->selectCells(indexes);
    QString text = precedents && !e.isEntered(id) ? tr("%1 = the %n selected cells", nullptr, int(indexes.size())).arg(e.address(id))
                                                 : tr("%n selected cells depend on %1", nullptr, int(indexes.size())).arg(e.address(id));
    if (!elsewhere.isEmpty())
        text += QLatin1Char(' ') + tr("(and cells in %1)").arg(elsewhere.join(QStringLiteral("、")));
    showMessage(text);
}

bool MainWindow::addRow(const QString &subjectText, const QString &customName)
{
    TablePage *page = currentTablePage();
    if (!m_session || !page || m_session->isReadOnly() || !page->model()->sheet().hasSubjectRows())
        return false;
    Batch batch;
    QString error;
    if (subjectText.isEmpty()) {
        AddRowDialog dialog(m_session.get(), page->tableId(), this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        batch = dialog.batch(&error);
    } else {
        batch = AddRowDialog::batchFor(*m_session, page->tableId(), subjectText, customName, &error);
    }
    if (batch.empty()) {
        showMessage(error);
        return false;
    }
    const QString code = batch.back().code;
    // The cursor goes to the row's first column a person types into (小计 and 合计 are computed).
    QString first = page->model()->sheet().decl->columns.front().key;
    for (const ColumnDecl &c : page->model()->sheet().decl->columns) {
        if (c.printed && page->model()->sheet().decl->leafEntered.contains(c.key)) {
            first = c.key;
            break;
        }
    }
    const QString address = page->tableId() + QLatin1Char('/') + code + QLatin1Char('/') + first;
    if (!m_session->apply(batch, tr("Add %1 to %2").arg(code + QLatin1Char(' ') + m_session->subjectName(code), page->model()->sheet().decl->code),
                          {page->tableId(), address}))
        return false;
    gotoAddress(address);
    return true;
}

void MainWindow::removeCurrentRow()
{
    TablePage *page = currentTablePage();
    if (!m_session || !page || m_session->isReadOnly())
        return;
    const QModelIndex cur = page->view()->currentIndex();
    const QString code = page->model()->itemCodeAt(cur.row());
    if (code.isEmpty()) {
        showMessage(tr("Only a 项 row can be removed."));
        return;
    }
    m_session->apply({Edit::removeRow(page->tableId(), code)},
                     tr("Remove %1 from %2").arg(code + QLatin1Char(' ') + m_session->subjectName(code), page->model()->sheet().decl->code),
                     {page->tableId(), page->model()->addressAt(cur)});
}

bool MainWindow::setReason(const QString &key, const QString &text, const QString &address)
{
    if (!m_session || m_session->isReadOnly())
        return false;
    // Undo shows where the reason belongs: the cell it explains, else the 项's table.
    QString where = address;
    if (where.isEmpty() && key.startsWith(QStringLiteral("reason/change/")))
        where = key.mid(14);
    QString table = where.section(QLatin1Char('/'), 0, 0);
    if (table.isEmpty() && key.startsWith(QStringLiteral("reason/")))
        table = key.section(QLatin1Char('/'), 1, 1);
    return m_session->apply({Edit::setText(key, text.trimmed())}, tr("Reason for %1").arg(key.section(QLatin1Char('/'), 1)),
                            {table, where});
}

void MainWindow::editReason(const QString &key, const QString &address)
{
    if (!m_session || m_session->isReadOnly())
        return;
    const auto &texts = m_session->document().data().texts;
    const auto it = texts.find(key);
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Reason"),
                                                        tr("Why (%1)?\nThis text is printed in the 情况说明.").arg(key),
                                                        it == texts.end() ? QString() : it->second, &ok);
    if (ok)
        setReason(key, text, address);
}

void MainWindow::showCellMenu(TablePage *page, const QPoint &pos)
{
    QMenu menu(this);
    const QModelIndex index = page->view()->indexAt(pos);
    const QString address = page->model()->addressAt(index);
    for (const char *name : {"copy", "paste", "clear"})
        menu.addAction(m_actions.value(QString::fromLatin1(name)));
    menu.addSeparator();
    menu.addAction(m_actions.value(QStringLiteral("tracePrecedents")));
    menu.addAction(m_actions.value(QStringLiteral("traceDependents")));
    if (page->model()->sheet().hasSubjectRows()) {
        menu.addSeparator();
        menu.addAction(m_actions.value(QStringLiteral("addRow")));
        menu.addAction(m_actions.value(QStringLiteral("removeRow")));
    }
    // Reasons a finding at this cell asks for.
    if (!address.isEmpty() && m_session && !m_session->isReadOnly()) {
        for (const Finding &f : m_session->findings()) {
            if (f.address == address && !f.textKey.isEmpty()) {
                menu.addSeparator();
                const QString key = f.textKey;
                menu.addAction(tr("Write the reason (%1)…").arg(key), this, [this, key, address] { editReason(key, address); });
            }
        }
        if (page->tableId() == QStringLiteral("t05")) {
            const QString code = page->model()->itemCodeAt(index.row());
            if (!code.isEmpty()) {
                const QString key = QStringLiteral("reason/t05/") + code;
                menu.addAction(tr("Reason for the difference from the budget…"), this,
                               [this, key, address] { editReason(key, address); });
            }
        }
    }
    menu.exec(page->view()->viewport()->mapToGlobal(pos));
}

void MainWindow::findNext()
{
    if (!m_session)
        return;
    const QString needle = m_find->text().trimmed();
    if (needle.isEmpty())
        return;
    if (needle.contains(QLatin1Char('/'))) {
        gotoAddress(needle);
        return;
    }
    // Search codes and names from after the current cell, table by table.
    const int tables = m_tabs->count();
    const int startTab = std::max(0, m_tabs->currentIndex());
    for (int t = 0; t <= tables; ++t) {
        auto *page = qobject_cast<TablePage *>(m_tabs->widget((startTab + t) % tables));
        if (!page)
            continue;
        SheetModel *m = page->model();
        const int startRow = t == 0 ? page->view()->currentIndex().row() + 1 : 0;
        for (int r = std::max(0, startRow); r < m->rowCount(); ++r) {
            for (int c = 0; c < m->columnCount(); ++c) {
                const auto kind = TableLayout::Slot::Kind(m->index(r, c).data(SheetModel::SlotKindRole).toInt());
                if (kind != TableLayout::Slot::Kind::Code && kind != TableLayout::Slot::Kind::Name)
                    continue;
                if (m->index(r, c).data(Qt::EditRole).toString().contains(needle, Qt::CaseInsensitive)) {
                    m_tabs->setCurrentWidget(page);
                    const int col = std::min(m->frozenColumnCount(), m->columnCount() - 1);
                    page->view()->setCurrentIndex(m->index(r, col));
                    page->view()->scrollTo(m->index(r, col), QAbstractItemView::PositionAtCenter);
                    page->view()->setFocus();
                    return;
                }
            }
        }
    }
    showMessage(tr("“%1” was not found.").arg(needle));
}

QString MainWindow::sampleDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/samples");
}

bool MainWindow::openSample(const QString &name)
{
    const QString target = sampleDirectory() + QLatin1Char('/') + name + QStringLiteral(".fadb");
    if (!QFileInfo::exists(target)) {
        QFile json(QStringLiteral(":/samples/") + name + QStringLiteral(".json"));
        if (!json.open(QIODevice::ReadOnly)) {
            showAlert(tr("The sample %1 is missing from this build.").arg(name));
            return false;
        }
        auto data = readInterchange(json.readAll());
        if (!data) {
            showAlert(data.error().message);
            return false;
        }
        QDir().mkpath(sampleDirectory());
        if (auto e = Store::create(target, data.value())) {
            showAlert(e->message);
            return false;
        }
    }
    return openFile(target);
}

void MainWindow::newDocument()
{
    NewDocumentDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const UnitInfo unit = dialog.unit();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(unit.name + QString::number(unit.year) + QStringLiteral(".fadb"));
    QString path = QFileDialog::getSaveFileName(this, tr("New document"), suggested, fileFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".fadb")))
        path += QStringLiteral(".fadb");
    DocumentData data;
    data.unit = unit;
    if (auto e = Store::create(path, data, true)) {
        showAlert(e->message);
        return;
    }
    openFile(path);
}

void MainWindow::open(bool readOnly)
{
    const QString path = QFileDialog::getOpenFileName(this, readOnly ? tr("Open read-only") : tr("Open"), {},
                                                      fileFilter() + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        openFile(path, readOnly);
}

void MainWindow::saveAs()
{
    if (!m_session)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save a copy as"), m_session->path(), fileFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".fadb")))
        path += QStringLiteral(".fadb");
    if (QFileInfo(path).canonicalFilePath() == QFileInfo(m_session->path()).canonicalFilePath())
        return; // every change is already in the file
    if (auto e = m_session->saveCopyAs(path)) {
        showAlert(tr("The copy could not be written: %1").arg(e->message));
        return;
    }
    openFile(path);
    showMessage(tr("Saved as %1; the window now edits the copy.").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::importJson()
{
    const QString json = QFileDialog::getOpenFileName(this, tr("Import JSON"), {}, tr("JSON (*.json)"));
    if (json.isEmpty())
        return;
    QFile file(json);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024 * 1024) {
        showAlert(tr("“%1” could not be read.").arg(json));
        return;
    }
    auto data = readInterchange(file.readAll());
    if (!data) {
        showAlert(data.error().message);
        return;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save the imported document as"),
                                                QFileInfo(json).absolutePath() + QLatin1Char('/') + QFileInfo(json).completeBaseName()
                                                    + QStringLiteral(".fadb"),
                                                fileFilter());
    if (path.isEmpty())
        return;
    if (auto e = Store::create(path, data.value(), true)) {
        showAlert(e->message);
        return;
    }
    openFile(path);
}

void MainWindow::exportJson()
{
    if (!m_session)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export JSON"),
                                                      QFileInfo(m_session->path()).completeBaseName() + QStringLiteral(".json"),
                                                      tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(writeInterchange(m_session->document().data())) < 0 || !out.commit()) {
        showAlert(tr("“%1” could not be written: %2").arg(path, out.errorString()));
        return;
    }
    showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
}

bool MainWindow::exportXlsxTo(const QString &path)
{
    if (!m_session)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = fa::exportXlsx(m_session->document(), path, XlsxOptions{m_session->shownUnit(), {}});
    QApplication::restoreOverrideCursor();
    if (!written) {
        showAlert(tr("The workbook could not be written: %1").arg(written.error().message));
        return false;
    }
    showMessage(tr("Exported the nine tables to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::exportXlsx()
{
    if (!m_session)
        return;
    const UnitInfo &u = m_session->document().data().unit;
    const QString suggested = QFileInfo(m_session->path()).absolutePath() + QLatin1Char('/') + u.name + QString::number(u.year)
                              + QStringLiteral("年度决算公开表.xlsx");
    QString path = QFileDialog::getSaveFileName(this, tr("Export Excel"), suggested, tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    if (!exportXlsxTo(path))
        return;
    if (QMessageBox::question(this, tr("Export Excel"), tr("The workbook is written. Open its folder?"))
        == QMessageBox::Yes)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

print::PrintOptions MainWindow::printOptions() const
{
    print::PrintOptions options;
    options.unit = m_session ? m_session->shownUnit() : AmountUnit::Wanyuan;
    return options;
}

QString MainWindow::suggestedPath(const QString &suffix) const
{
    const UnitInfo &u = m_session->document().data().unit;
    return QFileInfo(m_session->path()).absolutePath() + QLatin1Char('/') + u.name + QString::number(u.year)
           + (u.scope == QStringLiteral("单位") ? QStringLiteral("年度单位决算") : QStringLiteral("年度部门决算")) + suffix;
}

// Runs `work` on a worker thread while a progress dialog shows the window is alive; the window
// keeps painting (the event loop runs) but takes no input until it is done.
QString MainWindow::runWithProgress(const QString &label, const std::function<QString()> &work)
{
    QProgressDialog progress(label, QString(), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setCancelButton(nullptr);
    QFutureWatcher<QString> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(work));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return watcher.result();
}

bool MainWindow::exportPdfTo(const QString &path)
{
    if (!m_session)
        return false;
    const DocumentData data = m_session->document().data();
    const print::PrintOptions options = printOptions();
    const QString error = runWithProgress(tr("Writing the PDF…"), [data, options, path]() -> QString {
        auto doc = Document::create(data);
        if (!doc)
            return doc.error().message;
        const Status written = print::writePdf(print::layoutDocument(*doc.value(), options), path);
        return written ? written->message : QString();
    });
    if (!error.isEmpty()) {
        showAlert(tr("The PDF could not be written: %1").arg(error));
        return false;
    }
    showMessage(tr("Exported the document to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool MainWindow::exportOdtTo(const QString &path)
{
    if (!m_session)
        return false;
    const DocumentData data = m_session->document().data();
    const print::PrintOptions options = printOptions();
    const QString error = runWithProgress(tr("Writing the ODT…"), [data, options, path]() -> QString {
        auto doc = Document::create(data);
        if (!doc)
            return doc.error().message;
        const Status written = print::writeOdt(*doc.value(), path, options);
        return written ? written->message : QString();
    });
    if (!error.isEmpty()) {
        showAlert(tr("The ODT could not be written: %1").arg(error));
        return false;
    }
    showMessage(tr("Exported an editable copy to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString MainWindow::askExportPath(const QString &title, const QString &suffix, const QString &filter)
{
    QString path = QFileDialog::getSaveFileName(this, title, suggestedPath(suffix), filter);
    if (!path.isEmpty() && !path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return path;
}

void MainWindow::exportPdf()
{
    if (!m_session)
        return;
    const QString path = askExportPath(tr("Export PDF"), QStringLiteral(".pdf"), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportPdfTo(path);
}

void MainWindow::exportOdt()
{
    if (!m_session)
        return;
    const QString path = askExportPath(tr("Export ODT"), QStringLiteral(".odt"), tr("OpenDocument text (*.odt)"));
    if (!path.isEmpty())
        exportOdtTo(path);
}

void MainWindow::printPreview()
{
    if (!m_session)
        return;
    commitTextEdits();
    PrintPreviewDialog dialog(m_session->document().data(), printOptions(), this);
    connect(&dialog, &PrintPreviewDialog::exportPdfRequested, this, [this] { exportPdf(); });
    dialog.exec();
}

void MainWindow::printDocument()
{
    if (!m_session)
        return;
    commitTextEdits();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(m_session->document().data().unit.name);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PrintJob job;
    QEventLoop loop;
    connect(&job, &PrintJob::done, &loop, &QEventLoop::quit);
    job.start(m_session->document().data(), printOptions());
    {
        QProgressDialog waiting(tr("Laying out the pages…"), QString(), 0, 0, this);
        waiting.setWindowModality(Qt::WindowModal);
        waiting.setMinimumDuration(300);
        waiting.setCancelButton(nullptr);
        if (job.isRunning())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    const print::PrintedDocument &pages = job.pages();
    QProgressDialog progress(tr("Printing…"), tr("Cancel"), 0, int(pages.pages.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const bool printed = printPages(pages, printer, [&progress](int page) {
        progress.setValue(page);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return !progress.wasCanceled();
    });
    progress.setValue(int(pages.pages.size()));
    if (printed)
        showMessage(tr("Sent %n page(s) to the printer.", nullptr, int(pages.pages.size())));
    else if (!progress.wasCanceled())
        showAlert(tr("The document could not be printed."));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Every change is already in the file: nothing to ask.
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !event->mimeData()->urls().isEmpty() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openFile(urls.first().toLocalFile());
}

} // namespace fa::ui
