#pragma once

#include "core/lint/lint.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

namespace digest::ui {

// The open post's problems as a table: the severity's icon with the message, the rule, the
// place ("12:5") and, for one with a fix, its label as the fix column's tooltip; one row
// each, in the order of the file.
class ProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsModel)

public:
    enum Column { MessageColumn, RuleColumn, PlaceColumn, FixColumn, ColumnCount };

    explicit ProblemsModel(QObject* parent = nullptr);

    // The problems found in revision `revision` of the text.
    void setProblems(const QList<Problem>& problems, int revision);
    const QList<Problem>& problems() const { return m_problems; }
    int revision() const { return m_revision; }
    const Problem& problemAt(int row) const { return m_problems.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "2 errors, 1 warning"; "No problems" for none.
    static QString summary(const QList<Problem>& problems);

private:
    QList<Problem> m_problems;
    int m_revision = -1;
    QIcon m_error;
    QIcon m_warning;
};

} // namespace digest::ui
