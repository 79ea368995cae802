#include "printpreview.h"

#include "document.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageLayout>
#include <QPainter>
#include <QPaintEvent>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace fa::ui {

// --- PrintJob -------------------------------------------------------------------------------

PrintJob::PrintJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<print::PrintedDocument>::finished, this, [this] {
        if (m_watcher.isCanceled())
            return;
        m_pages = m_watcher.result();
        emit done();
    });
    connect(&m_watcher, &QFutureWatcher<print::PrintedDocument>::progressValueChanged, this, &PrintJob::progress);
}

PrintJob::~PrintJob()
{
    m_watcher.waitForFinished();
}

void PrintJob::start(const DocumentData &data, const print::PrintOptions &options)
{
    m_watcher.waitForFinished(); // a job abandoned still runs to its end; its result is dropped
    m_watcher.setFuture(QtConcurrent::run([data, options](QPromise<print::PrintedDocument> &promise) {
        auto doc = Document::create(data);
        if (!doc) {
            promise.addResult(print::PrintedDocument{});
            return;
        }
        promise.setProgressRange(0, 5);
        promise.addResult(print::layoutDocument(*doc.value(), options, [&promise](int part) { promise.setProgressValue(part); }));
    }));
}

bool PrintJob::isRunning() const
{
    return m_watcher.isRunning();
}

// --- PageView -------------------------------------------------------------------------------

namespace {
constexpr int kGap = 16; // pixels between pages and around them
}

PageView::PageView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void PageView::setDocument(const print::PrintedDocument *doc)
{
    m_doc = doc;
    relayout();
}

void PageView::setZoom(qreal zoom)
{
    m_zoom = std::clamp(zoom, 0.25, 4.0);
    relayout();
}

qreal PageView::scale() const
{
    return m_zoom * logicalDpiX() / 72.0;
}

void PageView::relayout()
{
    m_tops.clear();
    int y = kGap;
    int width = 0;
    if (m_doc) {
        for (const print::Page &p : m_doc->pages) {
            m_tops.push_back(y);
            y += int(std::ceil(p.size().height() * scale())) + kGap;
            width = std::max(width, int(std::ceil(p.size().width() * scale())));
        }
    }
    resize(width + 2 * kGap, y);
    updateGeometry();
    update();
}

QSize PageView::sizeHint() const
{
    return size();
}

int PageView::pageTop(int index) const
{
    return index >= 0 && index < int(m_tops.size()) ? m_tops[std::size_t(index)] : 0;
}

int PageView::pageAt(int y) const
{
    int page = 0;
    for (int i = 0; i < int(m_tops.size()); ++i)
        if (m_tops[std::size_t(i)] <= y + kGap)
            page = i;
    return page;
}

void PageView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    painter.fillRect(event->rect(), palette().color(QPalette::Dark));
    if (!m_doc)
        return;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const qreal s = scale();
    for (int i = 0; i < int(m_doc->pages.size()); ++i) {
        const print::Page &p = m_doc->pages[std::size_t(i)];
        const QSizeF size = p.size() * s;
        const QRectF sheet((width() - size.width()) / 2, m_tops[std::size_t(i)], size.width(), size.height());
        if (!event->rect().intersects(sheet.toAlignedRect().adjusted(0, 0, 4, 4)))
            continue;
        painter.fillRect(sheet.translated(3, 3), QColor(0, 0, 0, 60));
        painter.fillRect(sheet, Qt::white);
        painter.save();
        painter.translate(sheet.topLeft());
        painter.scale(s, s);
        print::paintPage(painter, *m_doc, i);
        painter.restore();
    }
}

// --- PrintPreviewDialog ---------------------------------------------------------------------

PrintPreviewDialog::PrintPreviewDialog(const DocumentData &data, const print::PrintOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_job(new PrintJob(this))
    , m_scroll(new QScrollArea(this))
    , m_view(new PageView)
    , m_page(new QSpinBox(this))
    , m_of(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_zoomLabel(new QLabel(this))
{
    setWindowTitle(tr("Print Preview"));
    resize(980, 900);
    auto *bar = new QHBoxLayout;
    auto button = [&](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        bar->addWidget(b);
        return b;
    };
    QToolButton *previous = button(QStringLiteral("◀"), tr("Previous page"));
    bar->addWidget(m_page);
    bar->addWidget(m_of);
    QToolButton *next = button(QStringLiteral("▶"), tr("Next page"));
    bar->addSpacing(16);
    QToolButton *zoomOut = button(QStringLiteral("−"), tr("Zoom out"));
    bar->addWidget(m_zoomLabel);
    QToolButton *zoomIn = button(QStringLiteral("+"), tr("Zoom in"));
    QToolButton *fit = button(tr("Fit width"), tr("Zoom so that a page fills the width"));
    bar->addSpacing(16);
    bar->addWidget(m_progress);
    bar->addStretch();
    QToolButton *pdf = button(tr("Export PDF…"), tr("Write these pages as a PDF"));
    pdf->setAutoRaise(false);
    m_page->setObjectName(QStringLiteral("pageNumber"));
    m_page->setMinimum(1);
    m_page->setEnabled(false);
    m_progress->setRange(0, 5);
    m_progress->setFormat(tr("Laying out part %v of 5"));
    m_progress->setMaximumWidth(220);

    m_scroll->setWidget(m_view);
    m_scroll->setAlignment(Qt::AlignHCenter);
    m_scroll->setBackgroundRole(QPalette::Dark);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_scroll, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the page number confirms the page: no button is the default one (QDialog makes the
    // first auto-default push button the default, and Enter would close the preview). Esc closes.
    for (QPushButton *b : findChildren<QPushButton *>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }

    auto zoomTo = [this](qreal z) {
        const int page = currentPage();
        m_view->setZoom(z);
        m_zoomLabel->setText(QStringLiteral("%1%").arg(qRound(m_view->zoom() * 100)));
        showPage(page);
    };
    connect(zoomIn, &QToolButton::clicked, this, [this, zoomTo] { zoomTo(m_view->zoom() * 1.25); });
    connect(zoomOut, &QToolButton::clicked, this, [this, zoomTo] { zoomTo(m_view->zoom() / 1.25); });
    connect(fit, &QToolButton::clicked, this, [this, zoomTo] {
        const qreal pagePixels = print::kA4Short * logicalDpiX() / 72.0;
        zoomTo((m_scroll->viewport()->width() - 2 * kGap) / pagePixels);
    });
    connect(previous, &QToolButton::clicked, this, [this] { showPage(currentPage() - 1); });
    connect(next, &QToolButton::clicked, this, [this] { showPage(currentPage() + 1); });
    connect(m_page, &QSpinBox::valueChanged, this, [this](int v) {
        if (v - 1 != currentPage())
            showPage(v - 1);
    });
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &PrintPreviewDialog::updatePageLabel);
    connect(pdf, &QToolButton::clicked, this, &PrintPreviewDialog::exportPdfRequested);
    connect(m_job, &PrintJob::progress, m_progress, &QProgressBar::setValue);
    connect(m_job, &PrintJob::done, this, &PrintPreviewDialog::laidOut);
    m_zoomLabel->setText(QStringLiteral("100%"));
    m_job->start(data, options);
}

void PrintPreviewDialog::laidOut()
{
    m_progress->hide();
    m_view->setDocument(&m_job->pages());
    // A portrait page as wide as the window shows, at most at its printed size.
    const qreal pagePixels = print::kA4Short * logicalDpiX() / 72.0;
    m_view->setZoom(std::clamp((m_scroll->viewport()->width() - 2 * kGap) / pagePixels, 0.5, 1.0));
    m_zoomLabel->setText(QStringLiteral("%1%").arg(qRound(m_view->zoom() * 100)));
    m_page->setMaximum(std::max(1, pageCount()));
    m_page->setEnabled(pageCount() > 0);
    m_of->setText(tr("of %1").arg(pageCount()));
    showPage(0);
}

int PrintPreviewDialog::pageCount() const
{
    return int(m_job->pages().pages.size());
}

int PrintPreviewDialog::currentPage() const
{
    return m_view->pageAt(m_scroll->verticalScrollBar()->value());
}

void PrintPreviewDialog::showPage(int index)
{
    if (pageCount() == 0)
        return;
    index = std::clamp(index, 0, pageCount() - 1);
    m_scroll->verticalScrollBar()->setValue(m_view->pageTop(index) - kGap);
    // Pages are centred in the view, as wide as its widest (landscape) page: centre on them.
    QScrollBar *h = m_scroll->horizontalScrollBar();
    h->setValue((h->minimum() + h->maximum()) / 2);
    updatePageLabel();
}

void PrintPreviewDialog::updatePageLabel()
{
    const QSignalBlocker block(m_page);
    m_page->setValue(currentPage() + 1);
}

bool printPages(const print::PrintedDocument &doc, QPrinter &printer, const std::function<bool(int)> &progress)
{
    printer.setFullPage(true);
    auto layoutOf = [](const print::Page &p) {
        return QPageLayout(QPageSize(QPageSize::A4), p.landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF());
    };
    if (doc.pages.empty())
        return false;
    printer.setPageLayout(layoutOf(doc.pages.front()));
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    for (int i = 0; i < int(doc.pages.size()); ++i) {
        if (progress && !progress(i)) {
            printer.abort();
            return false;
        }
        if (i > 0) {
            printer.setPageLayout(layoutOf(doc.pages[std::size_t(i)]));
            printer.newPage();
        }
        painter.save();
        const qreal s = printer.resolution() / 72.0;
        painter.scale(s, s);
        print::paintPage(painter, doc, i);
        painter.restore();
    }
    return painter.end();
}

} // namespace fa::ui
