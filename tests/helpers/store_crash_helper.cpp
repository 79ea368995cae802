// Opens a document read-write, sets one value, reports "done" on stdout and then waits for
// stdin to close or for SIGKILL. Used by the store tests to kill a writer right after a change.

#include "document.h"
#include "store.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

using namespace fa;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4)
        return 2;
    auto store = Store::open(args[1], Store::Mode::ReadWrite);
    if (!store)
        return 3;
    auto data = store.value()->load();
    if (!data)
        return 4;
    auto doc = Document::create(data.value());
    if (!doc)
        return 5;
    const auto amount = Money::parse(args[3], AmountUnit::Wanyuan);
    const auto cell = doc.value()->validateSet(args[2], amount.value);
    if (!amount || !cell)
        return 6;
    std::optional<std::pair<QString, QString>> addRow;
    if (cell.value().subjectRow)
        addRow = std::pair{cell.value().table->id, cell.value().row};
    if (store.value()->writeValue(args[2], amount.value, addRow))
        return 7;
    std::fputs("done\n", stdout);
    std::fflush(stdout);
    // Wait to be killed (the test sends SIGKILL); never close the store cleanly.
    std::string line;
    std::getline(std::cin, line);
    std::_Exit(0);
}
