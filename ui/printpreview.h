#pragma once

#include "printdocument.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QScrollArea>

#include <memory>

class QLabel;
class QPrinter;
class QProgressBar;
class QSpinBox;
class QToolButton;

namespace fa {
struct DocumentData;
}

namespace fa::ui {

// The printed pages (core/print) laid out in a worker thread from a snapshot of the document, so
// that the window never waits for it; done() is emitted on the GUI thread.
class PrintJob : public QObject
{
    Q_OBJECT
public:
    explicit PrintJob(QObject *parent = nullptr);
    ~PrintJob() override;
    // Lays out a copy of `data` (the document may change meanwhile: the pages are of the moment
    // asked for). A job running is abandoned for the new one.
    void start(const DocumentData &data, const print::PrintOptions &options);
    bool isRunning() const;
    const print::PrintedDocument &pages() const { return m_pages; }

signals:
    void progress(int part); // 1 … 5
    void done();

private:
    QFutureWatcher<print::PrintedDocument> m_watcher;
    print::PrintedDocument m_pages;
};

// Paints a PrintedDocument's pages one under another at a zoom, each on a white sheet with a shadow.
class PageView : public QWidget
{
    Q_OBJECT
public:
    explicit PageView(QWidget *parent = nullptr);
    void setDocument(const print::PrintedDocument *doc);
    void setZoom(qreal zoom); // 1.0: a point is a pixel at 72 dpi … shown at the screen's logical dpi
    qreal zoom() const { return m_zoom; }
    // The top of page `index` in the view's coordinates.
    int pageTop(int index) const;
    int pageAt(int y) const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    qreal scale() const; // pixels per point
    const print::PrintedDocument *m_doc = nullptr;
    qreal m_zoom = 1.0;
    std::vector<int> m_tops;
    void relayout();
};

// File → Print Preview: the pages exactly as the PDF and the printer get them, with zoom, page
// navigation, Print… and Export PDF….
class PrintPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    PrintPreviewDialog(const DocumentData &data, const print::PrintOptions &options, QWidget *parent = nullptr);

    PrintJob *job() const { return m_job; }
    PageView *view() const { return m_view; }
    int pageCount() const;
    int currentPage() const; // 0-based
    void showPage(int index);

signals:
    void exportPdfRequested();

private:
    void laidOut();
    void updatePageLabel();

    PrintJob *m_job;
    QScrollArea *m_scroll;
    PageView *m_view;
    QSpinBox *m_page;
    QLabel *m_of;
    QProgressBar *m_progress;
    QLabel *m_zoomLabel;
};

// Sends the pages to a printer: each page in its orientation, scaled from points to the printer's
// resolution. `progress` is told each page (0-based) before it is painted; false stops.
bool printPages(const print::PrintedDocument &doc, QPrinter &printer, const std::function<bool(int)> &progress = {});

} // namespace fa::ui
