#include "ui/problems/problemsmodel.h"

#include "desk/proofreader.h"

#include <QApplication>
#include <QStyle>

namespace digest::ui {

ProblemsModel::ProblemsModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_error(QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical))
    , m_warning(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
{}

void ProblemsModel::setProblems(const QList<Problem>& problems, int revision)
{
    beginResetModel();
    m_problems = problems;
    m_revision = revision;
    endResetModel();
}

int ProblemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_problems.size())
        return {};
    const Problem& problem = m_problems.at(index.row());
    const bool error = problem.severity == Problem::Severity::Error;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MessageColumn:
            return problem.message;
        case RuleColumn:
            return problem.rule;
        case PlaceColumn:
            return QStringLiteral("%1:%2").arg(problem.line).arg(problem.column);
        default:
            // The fix column holds the dock's Fix button; its label is the tooltip.
            return {};
        }
    case Qt::DecorationRole:
        return index.column() == MessageColumn ? (error ? m_error : m_warning) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return error ? tr("Error: %1").arg(problem.message)
                         : tr("Warning: %1").arg(problem.message);
        return index.column() == FixColumn && problem.fix ? problem.fixLabel : QVariant();
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MessageColumn:
        return tr("Problem");
    case RuleColumn:
        return tr("Rule");
    case PlaceColumn:
        return tr("Line:Col");
    case FixColumn:
        return tr("Fix");
    default:
        return {};
    }
}

QString ProblemsModel::summary(const QList<Problem>& problems)
{
    const int errors = Proofreader::errorCount(problems);
    const int warnings = Proofreader::warningCount(problems);
    if (errors == 0 && warnings == 0)
        return tr("No problems");
    // English plurals in the source text; other languages' through %n's numerus forms.
    const QString errorText =
        errors == 1 ? tr("%n error", nullptr, errors) : tr("%n errors", nullptr, errors);
    const QString warningText =
        warnings == 1 ? tr("%n warning", nullptr, warnings) : tr("%n warnings", nullptr, warnings);
    if (warnings == 0)
        return errorText;
    if (errors == 0)
        return warningText;
    return tr("%1, %2").arg(errorText, warningText);
}

} // namespace digest::ui
