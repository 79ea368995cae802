#pragma once

#include "performance.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <vector>

class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTableView;

namespace fa::ui {

class DocumentSession;
class EvaluationTable;
class EvaluationTableModel;
class EvaluationTextEdit;

// Part 5 of the document, 附件: the 绩效自评 tables (部门整体支出绩效自评情况表 and one
// 项目支出绩效自评情况表 per project), one at a time, laid out like the published form: the
// header, the 资金 rows, 资金管理情况, 年度总体目标, the 年度主要任务 of the 部门整体 table and the
// 绩效指标, then 总分 and 评价等级. Beside each typed score stands what the rules give
// (scoreEvaluation, core/scoring.h); a typed value the rules do not allow is marked amber.
//
// Every change replaces the list of tables (Edit::setEvaluations) as one undo step through the
// session; what is typed is written on Enter or on leaving the field. The page shows the
// document again whenever the tables change, so undo and redo are followed (and the table they
// changed is brought up). A read-only session allows no change.
class EvaluationPage : public QWidget
{
    Q_OBJECT
public:
    explicit EvaluationPage(DocumentSession *session, QWidget *parent = nullptr);
    ~EvaluationPage() override;

    // The columns of the indicator table (绩效指标).
    enum IndicatorColumn {
        Level1,
        Level2,
        Level3,
        Target,
        Actual,
        Weight,
        Score,
        ComputedScore,
        Deviation,
        ComputedDeviation,
        Reason,
        IndicatorColumnCount
    };
    // The columns of the 资金 table.
    enum FundColumn {
        FundSource,
        BudgetInitial,
        BudgetFull,
        Executed,
        FundWeight,
        FundRate,
        FundScore,
        ComputedRate,
        ComputedFundScore,
        FundColumnCount
    };
    // The columns of the 资金管理情况 table.
    enum ManagementColumn { ManagementItem, ManagementNote, ManagementWeight, ManagementScore, ManagementProblem, ManagementColumnCount };

    int evaluationCount() const;
    // The evaluation shown (-1 when the document has none).
    int currentEvaluation() const { return m_current; }
    // Shows evaluation `index` and, when `indicator` ≥ 0, selects that row of its 绩效指标 and
    // scrolls to it. False when either is out of range (nothing changes then).
    bool showEvaluation(int index, int indicator = -1);

    // Adds a 项目支出绩效自评表 at the end (the usual 资金 rows and 资金管理 items, no indicators) and
    // shows it. One undo step.
    bool addProjectEvaluation();
    // Removes an evaluation without asking (the button asks first). One undo step.
    bool removeEvaluation(int index);
    // Adds an indicator after row `after` of the current evaluation (at the end when `after` is
    // -1 or out of range), with the 一级/二级 of that row; selects it. One undo step.
    bool addIndicator(int after);
    // Removes these rows of the current evaluation's indicators. One undo step.
    bool removeIndicators(const std::vector<int> &rows);
    // Moves an indicator one row up (delta -1) or down (+1). One undo step.
    bool moveIndicator(int row, int delta);

    // Writes what is typed and not written yet (before undo, redo, closing, another evaluation).
    void commitPending();
    // Shows the document's tables again.
    void refresh();

    // The last refusal or failure said on the page (empty after a change went through).
    QString messageText() const;

    // For the window and the tests.
    QListWidget *list() const { return m_list; }
    QTableView *indicatorTable() const;
    QTableView *fundTable() const;
    QTableView *managementTable() const;
    QTableView *taskTable() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *supervisorEdit() const { return m_supervisor; }
    QLineEdit *implementerEdit() const { return m_implementer; }
    QLineEdit *totalWeightEdit() const { return m_totalWeight; }
    QLineEdit *totalScoreEdit() const { return m_totalScore; }
    QLineEdit *gradeEdit() const { return m_grade; }
    QPlainTextEdit *goalExpectedEdit() const;
    QPlainTextEdit *goalActualEdit() const;
    QLabel *computedTotalLabel() const { return m_computedTotal; }
    QLabel *computedGradeLabel() const { return m_computedGrade; }
    QPushButton *addEvaluationButton() const { return m_addEvaluation; }
    QPushButton *removeEvaluationButton() const { return m_removeEvaluation; }
    QPushButton *addIndicatorButton() const { return m_addIndicator; }
    QPushButton *removeIndicatorButton() const { return m_removeIndicator; }

signals:
    // A refusal or failure to show in the status bar too.
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend class EvaluationTableModel;

    struct LineField {
        QLineEdit *edit;
        QString name; // of the undo step
        QString key;  // of the merge key
        std::function<QString(const Evaluation &)> get;
        // Writes `text` into the evaluation; returns why not (then nothing is written).
        std::function<QString(Evaluation &, const QString &)> set;
    };
    struct TextField {
        EvaluationTextEdit *edit;
        QString name;
        QString key;
        std::function<QString(const Evaluation &)> get;
        std::function<void(Evaluation &, const QString &)> set;
    };

    const Evaluation *current() const;
    const EvaluationScores &scores() const { return m_scores; }
    bool isReadOnly() const;
    // Changes the current evaluation as one undo step named `text`; `change` returns why it
    // cannot (then nothing is written and the page says why).
    bool changeCurrent(const std::function<QString(Evaluation &)> &change, const QString &text, const QString &mergeKey = {});
    bool applyList(std::vector<Evaluation> list, const QString &what, const QString &mergeKey = {});
    void refuse(const QString &text);
    void clearMessage();
    QString shortName(const Evaluation &e) const;
    // The undo step's text for a change of `what` in the current evaluation.
    QString changeText(const QString &what) const;

    void buildList();
    void selectEvaluation(int index);
    void fillCurrent(bool switched);
    // Shares the height between the form and the 绩效指标 (see the .cpp).
    void fitParts();
    void updateSummary();
    void updateButtons();
    void commitLine(LineField &field);
    void commitText(TextField &field);
    void scrollToIndicator(int row);
    std::vector<int> selectedIndicatorRows() const;
    void addLineField(QLineEdit *edit, const QString &name, const QString &key, std::function<QString(const Evaluation &)> get,
                      std::function<QString(Evaluation &, const QString &)> set);

    DocumentSession *m_session;
    std::vector<Evaluation> m_shown; // the list as last shown: tells which evaluation a change touched
    int m_current = -1;
    EvaluationScores m_scores;
    int m_selectAfterReset = -1; // the indicator row to select once its table is shown again
    QString m_lastFailure;       // what the session said when it refused a change

    QListWidget *m_list;
    QPushButton *m_addEvaluation;
    QPushButton *m_removeEvaluation;
    QScrollArea *m_scroll;
    QSplitter *m_parts; // the form above, the 绩效指标 and total below
    bool m_partsMoved = false; // a person moved the split: it stays where they put it
    QWidget *m_form;
    QLabel *m_message;
    QLabel *m_title;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLineEdit *m_supervisor;
    QLineEdit *m_implementer;
    QGroupBox *m_fundsBox;
    QGroupBox *m_managementBox;
    QGroupBox *m_goalsBox;
    QGroupBox *m_tasksBox;
    QGroupBox *m_indicatorsBox;
    EvaluationTable *m_fundView;
    EvaluationTable *m_managementView;
    EvaluationTable *m_taskView;
    EvaluationTable *m_indicatorView;
    EvaluationTableModel *m_fundModel;
    EvaluationTableModel *m_managementModel;
    EvaluationTableModel *m_taskModel;
    EvaluationTableModel *m_indicatorModel;
    EvaluationTextEdit *m_goalExpected;
    EvaluationTextEdit *m_goalActual;
    QPushButton *m_addIndicator;
    QPushButton *m_removeIndicator;
    QPushButton *m_moveUp;
    QPushButton *m_moveDown;
    QLineEdit *m_totalWeight;
    QLineEdit *m_totalScore;
    QLineEdit *m_grade;
    QLabel *m_computedTotal;
    QLabel *m_computedGrade;
    QLabel *m_weightSum;
    QLabel *m_empty;
    std::vector<LineField> m_lines;
    std::vector<TextField> m_texts;
};

} // namespace fa::ui
