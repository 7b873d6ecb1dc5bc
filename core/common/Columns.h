#pragma once

#include <QString>

#include <initializer_list>

// Reads a run of text columns of a result row (anything whose value(int) gives a
// QVariant, such as SqlQuery) into members of `target`, from column `first` on, in the
// order of `members`. Returns the column after the run.
template <typename Row, typename T>
int readTextColumns(const Row &row, int first, T &target, std::initializer_list<QString T::*> members)
{
    for (QString T::*member : members)
        target.*member = row.value(first++).toString();
    return first;
}
